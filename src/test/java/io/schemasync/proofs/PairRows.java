package io.schemasync.proofs;

import io.schemasync.proofs.PairSpec.Col;
import io.schemasync.proofs.PairSpec.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows put into A's tables before B is applied: row i (1..n) holds i in every number, {@code 'v<i>'} in every
 * text, {@code true}, a day of January 2026, the enum's first label. Every key, check, index predicate and domain
 * check the generator writes holds for them, and for each table's foreign keys, which point to the {@code id}
 * 1..n of a table inserted before it (the generator only lets a table of A reference itself or an earlier one).
 */
final class PairRows {
    private PairRows() {}

    static String insert(PairSpec spec, int rows) {
        StringBuilder sql = new StringBuilder();
        spec.tables.forEach((name, t) -> {
            if (rows > 0) sql.append(insert(spec, name, t, rows)).append(";\n");
        });
        spec.parts.forEach((name, p) -> {
            if (rows <= 0) return;
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                values.add("(" + i + ", '2026-01-" + String.format("%02d", i) + "', 'k" + i + "', " + i + ")");
            }
            sql.append("INSERT INTO ").append(PairYaml.ident(PairSpec.SCHEMA)).append('.').append(PairYaml.ident(name))
                    .append(" (\"id\", \"day\", \"kind\", \"amount\") VALUES ").append(String.join(", ", values))
                    .append(";\n");
        });
        return sql.toString();
    }

    private static String insert(PairSpec spec, String name, Table t, int rows) {
        List<String> cols = new ArrayList<>();
        boolean always = false;
        for (Map.Entry<String, Col> e : t.cols.entrySet()) {
            if (e.getValue().genSrc != null) continue;
            cols.add(PairYaml.ident(e.getKey()));
            always |= "always".equals(e.getValue().identity);
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            List<String> row = new ArrayList<>();
            for (Col c : t.cols.values()) if (c.genSrc == null) row.add(value(spec, c, i));
            values.add("(" + String.join(", ", row) + ")");
        }
        return "INSERT INTO " + PairYaml.ident(PairSpec.SCHEMA) + "." + PairYaml.ident(name) + " ("
                + String.join(", ", cols) + ")" + (always ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES "
                + String.join(", ", values);
    }

    static String value(PairSpec spec, Col c, int i) {
        return switch (c.cat) {
            case SMALLINT, INT, BIGINT, NUMERIC, DOMAIN_INT -> Integer.toString(i);
            case TEXT, VARCHAR, DOMAIN_TEXT -> "'v" + i + "'";
            case BOOL -> "true";
            case TSTZ -> "'2026-01-" + String.format("%02d", i) + " 00:00:00+00'";
            case DATE -> "'2026-01-" + String.format("%02d", i) + "'";
            case UUID -> "'00000000-0000-0000-0000-" + String.format("%012d", i) + "'";
            case ENUM -> "'" + spec.enums.get(c.type).rowLabel.replace("'", "''") + "'";
        };
    }
}
