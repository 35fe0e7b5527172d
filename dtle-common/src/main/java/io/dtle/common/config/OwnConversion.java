package io.dtle.common.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.storage.Converter;
import org.slf4j.MDC;

/**
 * {@code record.converter}: a connector converting keys and values itself, on threads of its own, while Connect's
 * single task thread only passes bytes through (ByteArrayConverter). The source converts records to bytes, the
 * sink bytes to records; both use the key names, the checks and the converter set-up here.
 */
public final class OwnConversion {
    public static final String CONVERTER_CONFIG = "record.converter";
    public static final String THREADS_CONFIG = "record.converter.threads";
    public static final int THREADS_DEFAULT = 2;
    public static final String BYTE_ARRAY_CONVERTER = "org.apache.kafka.connect.converters.ByteArrayConverter";

    private OwnConversion() {
    }

    /** ConfigDef validator of record.converter; its text shows in the configuration reference. */
    public static final ConfigDef.Validator CONVERTER_CLASS = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            requireConverter(name, value);
        }

        @Override
        public String toString() {
            return "a Converter class with a public no-argument constructor";
        }
    };

    /** A Converter class that could be created, public with a no-argument constructor. */
    public static void requireConverter(String name, Object value) {
        if (value == null) {
            return;
        }
        Class<?> type = (Class<?>) value;
        if (!Converter.class.isAssignableFrom(type)) {
            throw new ConfigException(name, type.getName(), "not a " + Converter.class.getName()
                    + "; give a converter class such as org.apache.kafka.connect.json.JsonConverter");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new ConfigException(name, type.getName(), "the converter has no public no-argument constructor");
        }
    }

    /** The converter's own settings: the connector's keys after 'record.converter.', but not its thread count. */
    public static Map<String, Object> settings(Map<String, Object> originalsWithPrefix) {
        Map<String, Object> settings = new HashMap<>(originalsWithPrefix);
        settings.remove("threads");
        return settings;
    }

    /** Creates converters of {@code type} configured as key or value converter, one per call. */
    public static Supplier<Converter> converter(Class<?> type, Map<String, ?> settings, boolean isKey) {
        return () -> {
            try {
                Converter converter = (Converter) type.getDeclaredConstructor().newInstance();
                converter.configure(settings, isKey);
                return converter;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create the record converter " + type.getName(), e);
            }
        };
    }

    /**
     * A pool of {@code threads} daemon threads named {@code <threadName>-converter-<n>}, carrying the creating
     * thread's log context (the connector and task names), so their log lines read like the task's.
     */
    public static ExecutorService converterPool(String threadName, int threads) {
        AtomicInteger number = new AtomicInteger();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(() -> {
                if (logContext != null) {
                    MDC.setContextMap(logContext);
                }
                task.run();
            }, threadName + "-converter-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * With a record converter, Connect's key and value converters must pass bytes through, and no transform may run
     * (it would see bytes): each problem is reported on record.converter.
     *
     * @param originals the connector's configuration as given
     */
    public static List<ConfigProblem> problems(Map<String, ?> originals, Class<?> converter) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (converter == null) {
            return problems;
        }
        for (String key : List.of("key.converter", "value.converter")) {
            Object set = originals.get(key);
            String name = set instanceof Class<?> type ? type.getName() : String.valueOf(set);
            if (!BYTE_ARRAY_CONVERTER.equals(name)) {
                problems.add(new ConfigProblem(List.of(CONVERTER_CONFIG), "record.converter converts records in "
                        + "the connector, so this connector's " + key + " must be " + BYTE_ARRAY_CONVERTER
                        + " (it is " + (set == null ? "not set, so the worker's converter would convert them "
                        + "again" : name) + "); set " + key + "=" + BYTE_ARRAY_CONVERTER
                        + ", or remove record.converter."));
            }
        }
        Object transforms = originals.get("transforms");
        if (transforms != null && !transforms.toString().isBlank()) {
            problems.add(new ConfigProblem(List.of(CONVERTER_CONFIG), "record.converter leaves records as bytes "
                    + "while Connect handles them, and the transforms (" + transforms + ") cannot read bytes; "
                    + "remove record.converter or the transforms."));
        }
        return problems;
    }
}
