package io.schemasync.load;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations the way PostgreSQL settings write them: {@code 500ms}, {@code 5s}, {@code 2min}/{@code 2m},
 * {@code 1h}; also ISO-8601 ({@code PT30S}), and {@code 0}. Shared by the command line and the project file.
 */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    private Durations() {}

    /** @throws IllegalArgumentException with a message for people, when the text is not a duration */
    public static Duration parse(String value) {
        Matcher m = SIMPLE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (m.matches() && m.group(2) == null && Long.parseLong(m.group(1)) == 0) return Duration.ZERO;
        if (m.matches() && m.group(2) == null) {
            // PostgreSQL reads a bare lock_timeout as milliseconds, people mean seconds: make them say which.
            throw new IllegalArgumentException("'" + value + "' has no unit: write " + m.group(1) + "s or "
                    + m.group(1) + "ms");
        }
        if (m.matches()) return of(Long.parseLong(m.group(1)), m.group(2));
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (examples: 500ms, 5s, 2m, 1h)");
        }
    }

    private static Duration of(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> throw new IllegalStateException("unit not in the pattern: " + unit);
        };
    }
}
