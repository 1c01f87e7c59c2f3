package io.schemasync.model;

/**
 * The options of an identity column's sequence ({@code GENERATED ... AS IDENTITY (START WITH 1000 CACHE 20)}), all
 * spelled out. A column whose sequence has PostgreSQL's defaults for its type has none ({@link #of} gives null).
 */
public record IdentityOptions(long start, long increment, long minValue, long maxValue, long cache, boolean cycle) {
    /** The options, or null when they are the defaults of a sequence of {@code type}. */
    public static IdentityOptions of(String type, Long start, Long increment, Long minValue, Long maxValue, Long cache,
                                     boolean cycle) {
        Sequence s = Sequence.withDefaults("identity", type, start, increment, minValue, maxValue, cache, cycle, null,
                null);
        IdentityOptions o = new IdentityOptions(s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(),
                s.cycle());
        return o.equals(defaults(type)) ? null : o;
    }

    public static IdentityOptions defaults(String type) {
        Sequence s = Sequence.withDefaults("identity", type, null, null, null, null, null, false, null, null);
        return new IdentityOptions(s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(), s.cycle());
    }

    /** {@code START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE ... CACHE 20 NO CYCLE}. */
    public String sql(String separator) {
        return String.join(separator, "START WITH " + start, "INCREMENT BY " + increment, "MINVALUE " + minValue,
                "MAXVALUE " + maxValue, "CACHE " + cache, cycle ? "CYCLE" : "NO CYCLE");
    }
}
