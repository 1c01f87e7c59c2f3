package io.schemasync.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations the way PostgreSQL settings write them: {@code 500ms}, {@code 5s}, {@code 2min}/{@code 2m}, {@code 1h}; also ISO-8601. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = SIMPLE.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (m.matches() && m.group(2) == null && Long.parseLong(m.group(1)) == 0) return Duration.ZERO;
        if (m.matches() && m.group(2) == null) {
            // PostgreSQL reads a bare lock_timeout as milliseconds, people mean seconds: make them say which.
            throw new TypeConversionException("'" + value + "' has no unit: write " + m.group(1) + "s or "
                    + m.group(1) + "ms");
        }
        if (m.matches()) return of(Long.parseLong(m.group(1)), m.group(2));
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration (examples: 500ms, 5s, 2m, 1h)");
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
