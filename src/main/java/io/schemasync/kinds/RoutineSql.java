package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.kinds.Routine.Mode;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * The statements of functions and procedures. Every piece of a routine is placed where it can only be what it is:
 * names quoted, types checked to be type names, defaults checked to be one expression and parenthesized, the
 * language and SET parameter names written as identifiers, SET values as string literals, and the body as one
 * dollar-quoted string whose tag does not occur in it ({@link SqlText#dollarQuoted}).
 * See https://www.postgresql.org/docs/current/sql-createfunction.html and sql-createprocedure.html.
 */
final class RoutineSql {
    /**
     * Parameters whose values are lists that PostgreSQL stores with each element quoted as an identifier where
     * needed (GUC_LIST_QUOTE): {@code SET search_path = 'a', 'b'} stores {@code a, b}; one literal {@code 'a, b'}
     * would be one schema named "a, b".
     */
    static final Set<String> LIST_PARAMETERS = Set.of("search_path", "temp_tablespaces", "local_preload_libraries",
            "session_preload_libraries", "shared_preload_libraries");

    private RoutineSql() {}

    static String word(Routine r) {
        return r.procedure() ? "PROCEDURE" : "FUNCTION";
    }

    /** {@code "schema"."name"(type, type)}: how DROP, ALTER and COMMENT name it. */
    static String signature(String schema, Routine r) {
        return qualified(schema, r.routine()) + "(" + r.inputs().stream().map(a -> Sql.requireType(a.type()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The routine's identity as {@code to_regprocedure} reads it, as a literal, for the replayable script. */
    static String regprocedure(String schema, Routine r, String routine) {
        return "pg_catalog.to_regprocedure(" + literal(qualified(schema, routine) + "(" + r.inputs().stream()
                .map(a -> Sql.requireType(a.type())).collect(Collectors.joining(", ")) + ")") + ")";
    }

    static String create(String schema, Routine r, boolean orReplace) {
        StringBuilder sql = new StringBuilder(orReplace ? "CREATE OR REPLACE " : "CREATE ").append(word(r)).append(' ')
                .append(qualified(schema, r.routine())).append('(').append(arguments(r)).append(')');
        if (!r.procedure()) sql.append("\n RETURNS ").append(returns(r));
        sql.append("\n LANGUAGE ").append(Identifiers.display(r.language()));
        String attributes = attributes(r);
        if (!attributes.isEmpty()) sql.append("\n ").append(attributes);
        r.settings().forEach((name, value) -> sql.append("\n SET ").append(parameter(name)).append(" = ")
                .append(settingValue(name, value)));
        // A SQL-standard body is SQL in the statement itself, checked to be one body that ends where it should.
        if (r.standardBody()) return sql.append("\n").append(SqlText.requireStandardBody(r.body())).toString();
        return sql.append("\n AS ").append(SqlText.dollarQuoted(r.body())).toString();
    }

    private static String arguments(Routine r) {
        return r.arguments().stream().filter(a -> a.mode() != Mode.TABLE).map(RoutineSql::argument)
                .collect(Collectors.joining(", "));
    }

    private static String argument(Argument a) {
        StringBuilder out = new StringBuilder();
        if (a.mode() != Mode.IN) out.append(a.mode().name()).append(' ');
        if (a.name() != null) out.append(quote(a.name())).append(' ');
        out.append(Sql.requireType(a.type()));
        if (a.defaultExpr() != null) out.append(" DEFAULT ").append(Sql.expression(a.defaultExpr()));
        return out.toString();
    }

    private static String returns(Routine r) {
        if (r.returnsTable()) {
            return "TABLE (" + r.arguments().stream().filter(a -> a.mode() == Mode.TABLE)
                    .map(a -> quote(a.name()) + " " + Sql.requireType(a.type())).collect(Collectors.joining(", ")) + ")";
        }
        String type = r.returnType() != null ? r.returnType() : derivedReturnType(r);
        return (r.returnsSet() ? "SETOF " : "") + Sql.requireType(type);
    }

    /** What PostgreSQL makes the result of OUT arguments: the one OUT argument's type, or record. */
    static String derivedReturnType(Routine r) {
        List<Argument> out = r.outputs();
        if (out.isEmpty()) throw new IllegalStateException("function " + r.name() + " has neither returns nor OUT arguments");
        return out.size() == 1 ? out.get(0).type() : "record";
    }

    /** The attributes that differ from PostgreSQL's defaults; CREATE OR REPLACE resets the others to those. */
    private static String attributes(Routine r) {
        List<String> out = new ArrayList<>();
        if (!r.procedure()) {
            if (!r.volatility().equals("volatile")) out.add(r.volatility().toUpperCase(Locale.ROOT));
            if (r.strict()) out.add("STRICT");
        }
        if (r.securityDefiner()) out.add("SECURITY DEFINER");
        if (!r.procedure()) {
            if (!r.parallel().equals("unsafe")) out.add("PARALLEL " + r.parallel().toUpperCase(Locale.ROOT));
            if (r.leakproof()) out.add("LEAKPROOF");
            if (r.cost() != null && !r.cost().equals("100")) out.add("COST " + number(r.cost()));
            if (r.rows() != null && r.returnsSet() && !r.rows().equals("1000")) out.add("ROWS " + number(r.rows()));
        }
        return String.join(" ", out);
    }

    private static String number(String text) {
        if (!Functions.NUMBER.matcher(text).matches()) throw new IllegalArgumentException("\"" + text + "\" is not a number");
        return text;
    }

    /** {@code search_path}, {@code app.tenant}: each part an identifier, quoted where PostgreSQL needs it. */
    private static String parameter(String name) {
        if (!Functions.PARAMETER.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a configuration parameter name");
        }
        return java.util.Arrays.stream(name.split("\\.")).map(Identifiers::display).collect(Collectors.joining("."));
    }

    /** The value as pg_proc.proconfig stores it, as the literals that store it so. */
    private static String settingValue(String name, String stored) {
        if (!LIST_PARAMETERS.contains(name)) return literal(stored);
        return splitList(stored).stream().map(Sql::literal).collect(Collectors.joining(", "));
    }

    /**
     * The elements of a stored list value ({@code public, "$user", ""}): split at commas outside double quotes,
     * blanks around them dropped, quotes removed ({@code ""} inside stands for one).
     */
    static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.add(element(value.substring(start, i)));
                start = i + 1;
            }
        }
        out.add(element(value.substring(start)));
        return out;
    }

    private static String element(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1).replace("\"\"", "\"") : t;
    }

    /** A list stored as PostgreSQL stores it: each element quoted as quote_ident quotes, joined with ", ". */
    static String joinList(List<String> elements) {
        return elements.stream().map(Identifiers::quoteIdentifier).collect(Collectors.joining(", "));
    }

    static String drop(String schema, Routine r, boolean ifExists) {
        return "DROP " + word(r) + (ifExists ? " IF EXISTS " : " ") + signature(schema, r);
    }

    static String comment(String schema, Routine r, String text) {
        return "COMMENT ON " + word(r) + " " + signature(schema, r) + " IS " + literal(text);
    }

    static String rename(String schema, Routine from, String newName) {
        return "ALTER " + word(from) + " " + signature(schema, from) + " RENAME TO " + quote(newName);
    }
}
