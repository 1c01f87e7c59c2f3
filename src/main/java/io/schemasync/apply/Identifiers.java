package io.schemasync.apply;

import io.schemasync.sql.Sql;

/** Identifiers as PostgreSQL prints them: bare when that reads back the same, quoted otherwise. */
final class Identifiers {
    private Identifiers() {}

    static String display(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") && !Keywords.isReserved(name) ? name : Sql.quote(name);
    }
}
