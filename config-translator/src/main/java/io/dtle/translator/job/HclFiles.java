package io.dtle.translator.job;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses HCL with hcl4j into its maps (blocks as nested maps keyed by label, numbers as doubles). A syntax error
 * becomes a {@link JobFileException} naming the line and column hcl4j reports.
 */
final class HclFiles {
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+) col: (\\d+)");
    private static final Pattern ILLEGAL = Pattern.compile("Illegal character <\\((.*?)\\) - state: \\d+>",
            Pattern.DOTALL);

    private HclFiles() {
    }

    static Map<String, Object> parse(String text) {
        try {
            // A byte order mark is not HCL; editors on Windows write one.
            return new OfflineParser().parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (Exception e) {
            // hcl4j wraps its HCLParserException in a RuntimeException; the innermost message says what and where.
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw syntaxError(String.valueOf(cause.getMessage()));
        }
    }

    static JobFileException syntaxError(String hclMessage) {
        Matcher at = LOCATION.matcher(hclMessage);
        String where = at.find() ? " at line " + at.group(1) + ", column " + at.group(2) : "";
        Matcher illegal = ILLEGAL.matcher(hclMessage);
        String problem = illegal.find() ? "unexpected " + describe(illegal.group(1))
                : hclMessage.replaceAll("\\s*found on line: \\d+ col: \\d+", "");
        return new JobFileException("$", "the job file is neither JSON nor valid HCL" + where + ": " + problem,
                "fix the HCL syntax: job \"<name>\" { group \"src\" { task \"src\" { driver = \"dtle\" "
                        + "config { ... } } } ... }");
    }

    private static String describe(String character) {
        return switch (character) {
            case "\n", "\r\n", "\r" -> "end of line";
            default -> "'" + character + "'";
        };
    }

    /**
     * hcl4j with its {@code data "http"} lookup removed: a job file must never make the translator connect anywhere.
     */
    private static final class OfflineParser extends HCLParser {
        OfflineParser() {
            dataLookupRegistry.clear();
        }
    }
}
