package io.dtle.translator.job;

/** Turns the fields a reader did not use into notes: a known dtle field with its reason, or an unknown one. */
final class Unread {
    private Unread() {
    }

    static void report(JsonFields fields, JobSpec.Builder job) {
        for (String field : fields.unreadFields()) {
            String reason = IgnoredFields.reasonFor(field)
                    .orElse("not a dtle field this translator knows; check its spelling");
            job.note(fields.pathOf(field), reason);
        }
    }
}
