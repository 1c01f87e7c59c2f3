package io.schemasync.model;

/**
 * A free-standing sequence (sequences owned by serial or identity columns belong to their column and are not
 * listed here). Every field holds the server's effective value, so the loader fills PostgreSQL's defaults.
 *
 * @param type smallint, integer or bigint
 * @param ownedBy null, or "table.column" in the same schema for OWNED BY
 */
public record Sequence(String name, String type, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, String ownedBy, String comment) {
    public Sequence {
        Lists.requireName(name, "sequence");
        type = type == null ? "bigint" : type;
    }

    /** A sequence with PostgreSQL's defaults for the given start (null = default). */
    public static Sequence withDefaults(String name, String type, Long start, Long increment, Long minValue,
                                        Long maxValue, Long cache, boolean cycle, String ownedBy, String comment) {
        String t = type == null ? "bigint" : type;
        long inc = increment == null ? 1 : increment;
        long typeMax = switch (t) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = switch (t) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        long min = minValue != null ? minValue : inc > 0 ? 1 : typeMin;
        long max = maxValue != null ? maxValue : inc > 0 ? typeMax : -1;
        long st = start != null ? start : inc > 0 ? min : max;
        return new Sequence(name, t, st, inc, min, max, cache == null ? 1 : cache, cycle, ownedBy, comment);
    }

    public Sequence withComment(String text) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, ownedBy, text);
    }

    public Sequence withOwnedBy(String column) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, column, comment);
    }
}
