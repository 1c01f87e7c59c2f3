package io.schemasync.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type names as PostgreSQL's {@code format_type} prints them, from the way people write them
 * ({@code int} → {@code integer}, {@code timestamptz} → {@code timestamp with time zone}), so that the desired and
 * the live model compare equal. Unknown names (user types, extension types) are returned trimmed, as written.
 */
public final class TypeNames {
    private TypeNames() {}

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("serial", "serial"), Map.entry("serial4", "serial"),
            Map.entry("bigserial", "bigserial"), Map.entry("serial8", "bigserial"),
            Map.entry("smallserial", "smallserial"), Map.entry("serial2", "smallserial"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("bpchar", "bpchar"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"), Map.entry("bit", "bit"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("time", "time without time zone"),
            Map.entry("time without time zone", "time without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"));

    /** Types that keep their name as written in lower case (format_type prints them so). */
    private static final Set<String> PLAIN = Set.of(
            "text", "bytea", "uuid", "json", "jsonb", "jsonpath", "xml", "date", "interval", "money", "oid",
            "inet", "cidr", "macaddr", "macaddr8", "tsvector", "tsquery", "point", "line", "lseg", "box", "path",
            "polygon", "circle", "pg_lsn", "pg_snapshot", "txid_snapshot", "name", "regclass", "regtype",
            "regproc", "regprocedure", "regoper", "regoperator", "regconfig", "regdictionary", "regnamespace",
            "regrole", "regcollation", "xid", "xid8", "cid", "tid", "int4range", "int8range", "numrange",
            "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange", "nummultirange",
            "tsmultirange", "tstzmultirange", "datemultirange", "record", "void", "anyelement", "anyarray");

    private static final Set<String> CANONICAL_BASES = Set.of(
            "integer", "smallint", "bigint", "serial", "bigserial", "smallserial", "boolean", "double precision",
            "real", "numeric", "character varying", "character", "bpchar", "bit varying", "bit",
            "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "time with time zone", "\"char\"");

    private static final Set<String> INTERVAL_FIELDS = Set.of(
            "year", "month", "day", "hour", "minute", "second", "year to month", "day to hour", "day to minute",
            "day to second", "hour to minute", "hour to second", "minute to second");

    /** {@code name(mods) rest}: the type modifier may sit before "with/without time zone". */
    private static final Pattern WITH_MODS = Pattern.compile("^([a-z0-9_ ]+?)\\s*\\(([^()]*)\\)\\s*(.*)$");
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(\\s*\\[\\s*\\d*\\s*\\])+$|\\s+array(\\s*\\[\\s*\\d*\\s*\\])?$");

    /** The name format_type would print for the type as written; unknown types come back trimmed. */
    public static String canonical(String typeAsWritten) {
        String trimmed = typeAsWritten.strip();
        String collapsed = trimmed.replaceAll("\\s+", " ");
        if (collapsed.contains("\"") && !collapsed.equals("\"char\"")) return trimmed;
        Matcher array = ARRAY_SUFFIX.matcher(collapsed.toLowerCase(Locale.ROOT));
        boolean isArray = array.find();
        String base = isArray ? collapsed.substring(0, array.start()).strip() : collapsed;
        String canonicalBase = canonicalBase(base);
        if (canonicalBase == null) return trimmed;
        return isArray ? canonicalBase + "[]" : canonicalBase;
    }

    /** True when the canonical name is a type built into PostgreSQL (arrays of builtins included). */
    /** The short spelling people write, for what they read in a plan: timestamptz, varchar(20), float8. */
    public static String display(String canonical) {
        return canonical.replace("timestamp with time zone", "timestamptz")
                .replace("timestamp without time zone", "timestamp")
                .replace("time with time zone", "timetz")
                .replace("time without time zone", "time")
                .replace("character varying", "varchar")
                .replace("double precision", "float8");
    }

    public static boolean isBuiltin(String canonical) {
        String base = canonical.strip();
        while (base.endsWith("[]")) base = base.substring(0, base.length() - 2).strip();
        if (base.startsWith("pg_catalog.")) base = base.substring("pg_catalog.".length());
        base = base.replaceAll("\\([^()]*\\)", "").replaceAll("\\s+", " ").strip();
        if (CANONICAL_BASES.contains(base) || PLAIN.contains(base)) return true;
        return base.startsWith("interval ") && INTERVAL_FIELDS.contains(base.substring("interval ".length()));
    }

    private static String canonicalBase(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pg_catalog.")) lower = lower.substring("pg_catalog.".length());
        if (lower.equals("\"char\"")) return "\"char\"";
        Matcher m = WITH_MODS.matcher(lower);
        if (m.matches()) return withModifiers(m.group(1).strip(), m.group(2), m.group(3).strip());
        return withoutModifiers(lower);
    }

    private static String withoutModifiers(String lower) {
        if (PLAIN.contains(lower)) return lower;
        if (lower.startsWith("interval ") && INTERVAL_FIELDS.contains(lower.substring("interval ".length()))) {
            return lower;
        }
        String name = ALIASES.get(lower);
        if (name == null) return null;
        // CHARACTER and BIT without a length mean a length of 1 (SQL standard); bpchar alone stays unbounded.
        return switch (name) {
            case "character" -> "character(1)";
            case "bit" -> "bit(1)";
            default -> name;
        };
    }

    private static String withModifiers(String name, String modsText, String rest) {
        String mods = modsText.replaceAll("\\s+", "");
        if (!mods.matches("\\d+(,-?\\d+)?")) return null;
        if (name.equals("interval")) return intervalWithPrecision(mods, rest);
        if (name.equals("float")) return floatOf(mods, rest);
        String zone = zoneSuffix(name, rest);
        if (zone != null) return zone.replace("%", "(" + mods + ")");
        if (!rest.isEmpty()) return null;
        String canonicalName = ALIASES.get(name);
        if (canonicalName == null) return null;
        return switch (canonicalName) {
            case "numeric" -> mods.contains(",") ? "numeric(" + mods + ")" : "numeric(" + mods + ",0)";
            case "character", "bpchar" -> single(mods, "character");
            case "character varying", "bit", "bit varying" -> single(mods, canonicalName);
            default -> null;
        };
    }

    /** timestamp(3) with time zone, timestamptz(3), time(0) ... : returns the form with a % for "(p)". */
    private static String zoneSuffix(String name, String rest) {
        String timeKind = switch (name) {
            case "timestamp", "timestamptz" -> "timestamp";
            case "time", "timetz" -> "time";
            default -> null;
        };
        if (timeKind == null) return null;
        boolean tz = name.endsWith("tz");
        if (rest.equals("with time zone") && !tz) return timeKind + "% with time zone";
        if (rest.equals("without time zone") && !tz) return timeKind + "% without time zone";
        if (!rest.isEmpty()) return null;
        return timeKind + (tz ? "% with time zone" : "% without time zone");
    }

    private static String intervalWithPrecision(String mods, String rest) {
        if (mods.contains(",") || !rest.isEmpty()) return null;
        return "interval(" + mods + ")";
    }

    /** float(p): PostgreSQL picks real for p ≤ 24 and double precision above. */
    private static String floatOf(String mods, String rest) {
        if (mods.contains(",") || !rest.isEmpty()) return null;
        int p = Integer.parseInt(mods);
        return p <= 24 ? "real" : "double precision";
    }

    private static String single(String mods, String name) {
        return mods.contains(",") ? null : name + "(" + mods + ")";
    }
}
