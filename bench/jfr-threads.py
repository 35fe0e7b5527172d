#!/usr/bin/env python3
"""Where each thread's time went in a window of a JFR recording: CPU samples (self and inclusive frames) and waits.

Usage: bench/jfr-threads.py RECORDING.jfr [FROM TO [THREADS]]
  without FROM/TO: lists the apply threads' lifetimes (each dtle sink copy's window) and stops;
  FROM, TO: wall-clock times as JFR prints them (HH:MM:SS.mmm); THREADS: how many of the busiest threads to detail.
Needs the JDK's `jfr` tool on the PATH.
"""
import collections
import re
import subprocess
import sys

FRAMES_OF_INTEREST = re.compile(r'(io\.dtle|org\.apache\.kafka\.connect\.(json|runtime\.WorkerSinkTask|data)'
                                r'|com\.mysql\.cj\.jdbc|org\.apache\.kafka\.clients\.consumer\.KafkaConsumer\.poll'
                                r'|io\.debezium)')


def events(recording, kind, with_thread_id=False):
    """Yields (start time, thread, duration in ms or None, frames top first) of one event type."""
    text = subprocess.run(['jfr', 'print', '--events', kind, '--stack-depth', '64', recording],
                          capture_output=True, text=True, check=True).stdout
    for block in text.split(kind + ' {')[1:]:
        start = re.search(r'startTime = (\S+)', block)
        thread = re.search(r'(?:sampledThread|eventThread) = "(.*?)"', block)
        duration = re.search(r'duration = ([\d.]+) (\w+)', block)
        frames = []
        if 'stackTrace = [' in block:
            body = block.split('stackTrace = [', 1)[1].split('\n  ]', 1)[0]
            frames = [re.sub(r'\(.*', '', line.strip()) for line in body.strip().split('\n')
                      if line.strip() and line.strip() != '...']
        ms = None
        if duration:
            value, unit = float(duration.group(1)), duration.group(2)
            ms = {'s': value * 1000, 'ms': value, 'us': value / 1000}.get(unit, value / 1e6)
        if start and thread:
            name = thread.group(1)
            if with_thread_id:
                name += '#' + re.search(r'javaThreadId = (\d+)', block).group(1)
            yield start.group(1), name, ms, frames


def windows(recording):
    """Each apply thread lives as long as its sink's copy: its first and last CPU sample bound the copy."""
    first, last = {}, {}
    for start, thread, _, _ in events(recording, 'jdk.ExecutionSample', with_thread_id=True):
        if thread.startswith('dtle-apply-1#'):
            first.setdefault(thread, start)
            last[thread] = start
    for thread in sorted(first, key=first.get):
        print(f'{first[thread]} - {last[thread]}  {thread}')


def profile(recording, since, until, detailed):
    samples = collections.Counter()
    top = collections.defaultdict(collections.Counter)
    inclusive = collections.defaultdict(collections.Counter)
    for start, thread, _, frames in events(recording, 'jdk.ExecutionSample'):
        if since <= start <= until:
            samples[thread] += 1
            if frames:
                top[thread][frames[0]] += 1
            for frame in set(frames):
                if FRAMES_OF_INTEREST.match(frame):
                    inclusive[thread][frame] += 1
    print(f'CPU samples {since} - {until}: {sum(samples.values())}')
    for thread, count in samples.most_common(8):
        print(f'  {count:6d}  {thread}')
    busiest = [thread for thread, _ in samples.most_common(detailed)]
    for thread in busiest:
        count = samples[thread]
        print(f'== {thread}: {count} samples')
        for frame, n in top[thread].most_common(8):
            print(f'   self {100 * n / count:4.0f}%  {frame}')
        for frame, n in inclusive[thread].most_common(20):
            print(f'   incl {100 * n / count:4.0f}%  {frame}')
    for kind in ('jdk.ThreadPark', 'jdk.SocketRead'):
        waited = collections.Counter()
        for start, thread, ms, frames in events(recording, kind):
            if since <= start <= until and thread in busiest and ms is not None:
                ours = [f for f in frames if re.match(r'(io\.dtle|org\.apache\.kafka|com\.mysql)', f)][:3]
                waited[thread + ' | ' + ' < '.join(ours)] += ms
        print(f'== {kind} (events over the recording threshold, 10-20 ms)')
        for where, ms in waited.most_common(6):
            print(f'  {ms:8.0f} ms  {where}')


if __name__ == '__main__':
    if len(sys.argv) == 2:
        windows(sys.argv[1])
    elif len(sys.argv) in (4, 5):
        profile(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) == 5 else 2)
    else:
        sys.exit(__doc__)
