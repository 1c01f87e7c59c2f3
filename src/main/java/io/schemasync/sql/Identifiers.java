package io.schemasync.sql;

import java.nio.charset.StandardCharsets;

/** Identifiers as PostgreSQL prints them: bare when that reads back the same, quoted otherwise. */
public final class Identifiers {
    /** NAMEDATALEN - 1: PostgreSQL silently truncates longer names, which would then never match again. */
    public static final int MAX_BYTES = 63;

    private Identifiers() {}

    /** Null when PostgreSQL takes the name as it is; otherwise what is wrong with it, for a message. */
    public static String lengthProblem(String name) {
        if (name.indexOf('\0') >= 0) return "contains a NUL character, which PostgreSQL names cannot hold";
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        return bytes <= MAX_BYTES ? null : "is " + bytes + " bytes long; PostgreSQL names are at most " + MAX_BYTES
                + " bytes (UTF-8) and it would cut it short";
    }

    public static String display(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") && !Keywords.isReserved(name) ? name : Sql.quote(name);
    }
}
