package io.schemasync.sql;

import java.nio.charset.StandardCharsets;

/** Identifiers as PostgreSQL prints them: bare when that reads back the same, quoted otherwise. */
public final class Identifiers {
    /** NAMEDATALEN - 1: PostgreSQL silently truncates longer names, which would then never match again. */
    public static final int MAX_BYTES = 63;

    private Identifiers() {}

    /**
     * Null when PostgreSQL takes the name as it is; otherwise what is wrong with it, for a message that starts
     * with the name: PostgreSQL keeps at most 63 bytes of a name and cuts a longer one short without an error, so
     * the object would be created under another name and never match the YAML again.
     */
    public static String lengthProblem(String name) {
        int bytes = bytes(name);
        if (bytes <= MAX_BYTES) return null;
        return "is " + bytes + " bytes long; PostgreSQL keeps at most " + MAX_BYTES + " bytes of a name (UTF-8) and"
                + " would cut it to \"" + truncate(name) + "\" without an error, so it would never match the YAML"
                + " again: shorten it to " + MAX_BYTES + " bytes or fewer";
    }

    /** The length PostgreSQL measures a name in: bytes of UTF-8. */
    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * What PostgreSQL makes of a name that is too long: its first 63 bytes, cut on a character boundary as
     * pg_mbcliplen does, so a multi-byte character is dropped whole.
     */
    public static String truncate(String name) {
        return clip(name, MAX_BYTES);
    }

    private static String clip(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) break;
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    /**
     * The name PostgreSQL gives a constraint or index that is not named ({@code makeObjectName} in indexcmds.c):
     * {@code table_label}, the table's part cut so that the whole fits in 63 bytes.
     */
    public static String defaultName(String table, String label) {
        String suffix = "_" + label;
        int room = MAX_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length;
        return clip(table, room) + suffix;
    }

    /**
     * {@code makeObjectName(name1, name2, label)} of indexcmds.c, the name PostgreSQL gives a NOT NULL constraint
     * ({@code table_column_not_null}): {@code name1_name2_label}, the longer of the two names cut first until the
     * whole fits in 63 bytes.
     */
    public static String defaultName(String name1, String name2, String label) {
        int room = MAX_BYTES - bytes(label) - 2;
        int a = bytes(name1), b = bytes(name2);
        while (a + b > room) {
            if (a > b) a--;
            else b--;
        }
        return clip(name1, a) + "_" + clip(name2, b) + "_" + label;
    }

    /**
     * {@code name} with {@code suffix}, for an object schemasync derives from another one (the temporary name of an
     * index it rebuilds). When that is too long, the name is cut and a hash of the whole name keeps two long names
     * that start alike apart.
     */
    public static String derived(String name, String suffix) {
        if (bytes(name) + bytes(suffix) <= MAX_BYTES) return name + suffix;
        String hash = String.format("%08x", name.hashCode());
        return clip(name, MAX_BYTES - bytes(suffix) - hash.length() - 1) + "_" + hash + suffix;
    }

    /**
     * The name PostgreSQL gives the sequence of a serial column ({@code ChooseRelationName(table, column, "seq")}):
     * {@code table_column_seq}, the longer of the two parts cut first until the whole fits in 63 bytes; when that
     * name is {@code taken}, {@code table_column_seq1}, {@code seq2}, ...
     */
    public static String serialSequenceName(String table, String column, java.util.function.Predicate<String> taken) {
        for (int pass = 0; ; pass++) {
            String name = defaultName(table, column, pass == 0 ? "seq" : "seq" + pass);
            if (!taken.test(name)) return name;
        }
    }

    /**
     * PostgreSQL's {@code quote_ident}: the name bare when it is lower-case letters, digits and underscores (not
     * starting with a digit) and not a keyword that needs quoting; otherwise in double quotes. This is how the
     * server stores the elements of a {@code search_path} set on a function.
     */
    public static String quoteIdentifier(String name) {
        return name.matches("[a-z_][a-z0-9_]*") && !Keywords.isReserved(name) && !Keywords.isColumnName(name)
                ? name : Sql.quote(name);
    }

    public static String display(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") && !Keywords.isReserved(name) ? name : Sql.quote(name);
    }
}
