package io.schemasync.load;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations the way PostgreSQL settings write them: {@code 500ms}, {@code 5s}, {@code 2min}/{@code 2m},
 * {@code 1h}; also ISO-8601 ({@code PT30S}), and {@code 0}. Shared by the command line and the project file.
 * PostgreSQL keeps timeouts in whole milliseconds in an int, so a duration must be 0 or from 1 ms to
 * {@value #MAX_MILLIS} ms (about 24.8 days); anything else is refused here, before anything connects.
 */
public final class Durations {
    /** The largest value of a PostgreSQL timeout setting (INT_MAX milliseconds). */
    public static final long MAX_MILLIS = Integer.MAX_VALUE;
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    private Durations() {}

    /** @throws IllegalArgumentException with a message for people, when the text is not a duration */
    public static Duration parse(String value) {
        return inRange(value, read(value));
    }

    private static Duration read(String value) {
        Matcher m = SIMPLE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return iso(value);
        if (m.group(2) == null && m.group(1).chars().allMatch(c -> c == '0')) return Duration.ZERO;
        if (m.group(2) == null) {
            // PostgreSQL reads a bare lock_timeout as milliseconds, people mean seconds: make them say which.
            throw new IllegalArgumentException("'" + value + "' has no unit: write " + m.group(1) + "s or "
                    + m.group(1) + "ms");
        }
        try {
            return of(Long.parseLong(m.group(1)), m.group(2));
        } catch (NumberFormatException | ArithmeticException e) { // more digits than a long, or overflow
            throw tooLong(value);
        }
    }

    private static Duration iso(String value) {
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (examples: 500ms, 5s, 2m, 1h)");
        }
    }

    private static Duration inRange(String value, Duration d) {
        if (d.isNegative()) throw new IllegalArgumentException("'" + value + "' is negative: a duration is 0 or more");
        if (d.isZero()) return d;
        if (d.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("'" + value + "' is less than a millisecond, which PostgreSQL would"
                    + " read as 0 (no limit): write 1ms or more, or 0 for no limit");
        }
        if (d.compareTo(Duration.ofMillis(MAX_MILLIS)) > 0) throw tooLong(value);
        return d;
    }

    private static IllegalArgumentException tooLong(String value) {
        return new IllegalArgumentException("'" + value + "' is longer than PostgreSQL allows (" + MAX_MILLIS
                + " ms, about 24 days)");
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
