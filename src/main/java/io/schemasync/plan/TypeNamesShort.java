package io.schemasync.plan;

/** Short spellings of canonical type names, for what people read in the plan. */
final class TypeNamesShort {
    private TypeNamesShort() {}

    static String of(String type) {
        return type.replace("timestamp with time zone", "timestamptz")
                .replace("timestamp without time zone", "timestamp")
                .replace("time with time zone", "timetz")
                .replace("time without time zone", "time")
                .replace("character varying", "varchar")
                .replace("double precision", "float8");
    }
}
