package io.dtle.translator.mapping;

import java.util.ArrayList;
import java.util.List;

/** Collects, per job, the fields the mapping leaves out. */
final class Notes {
    private final List<JobNote> notes = new ArrayList<>();
    private String job;

    void forJob(String jobName) {
        this.job = jobName;
    }

    void add(String field, String reason) {
        notes.add(new JobNote(job, field, reason));
    }

    List<JobNote> all() {
        return notes;
    }
}
