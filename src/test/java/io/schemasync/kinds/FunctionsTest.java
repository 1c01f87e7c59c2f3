package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.kinds.Routine.Mode;
import io.schemasync.model.ObjectRef;
import io.schemasync.sql.SqlText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statements and steps of the function kind, without a database (the acceptance cases run them on one). */
class FunctionsTest {
    private static Routine function(String body, List<Argument> arguments, String returnType, Map<String, String> set,
                                    List<String> dependents) {
        return new Routine(false, Signature.identity("f", arguments), "f", arguments, returnType, false, "sql", body,
                "stable", false, true, "unsafe", false, "100", "0", set, null, null, dependents);
    }

    private static final List<Argument> ONE = List.of(new Argument(Mode.IN, "n", "integer", null));

    /** What a kind wrote: statements, risks. */
    private static final class Recorder implements StepOut {
        final List<String> summaries = new ArrayList<>();
        final List<String> sql = new ArrayList<>();
        final List<String> script = new ArrayList<>();
        final List<String> risks = new ArrayList<>();

        @Override
        public Step step(Act act, String summary) {
            summaries.add(act + " " + summary);
            return new Step() {
                @Override
                public Step sql(String statement) {
                    return sql(statement, statement);
                }

                @Override
                public Step sql(String statement, String guarded) {
                    sql.add(statement);
                    script.add(guarded);
                    return this;
                }

                @Override
                public Step risk(Risk risk, String message) {
                    risks.add(risk + ": " + message);
                    return this;
                }

                @Override
                public Step check(String countSql, String problem) {
                    return this;
                }

                @Override
                public Step rows(String countSql, String what) {
                    return this;
                }
            };
        }
    }

    @Test
    void theBodyIsOneDollarQuotedStringWhoseTagItDoesNotHold() {
        Routine r = function("SELECT $fn$ $$ $fn$ || $fn1$;$fn1$", ONE, "text", Map.of("search_path", "\"\""), List.of());
        String sql = RoutineSql.create("app", r, false);
        assertEquals("""
                CREATE FUNCTION "app"."f"("n" integer)
                 RETURNS text
                 LANGUAGE sql
                 STABLE SECURITY DEFINER
                 SET search_path = ''
                 AS $fn2$
                SELECT $fn$ $$ $fn$ || $fn1$;$fn1$
                $fn2$""", sql);
        assertEquals(sql, SqlText.requireStatement(sql));
    }

    @Test
    void listSettingsAreLiteralsPerElementAsPostgresqlStoresThem() {
        assertEquals("pg_catalog, \"$user\", \"\", \"a, b\", \"Mixed\"",
                RoutineSql.joinList(RoutineSql.splitList("pg_catalog,\"$user\", \"\", \"a, b\", Mixed")));
        Routine r = function("SELECT 1", ONE, "integer", Map.of("search_path", "public, \"it's\"", "work_mem", "1'MB"),
                List.of());
        String sql = RoutineSql.create("public", r, true);
        assertTrue(sql.contains("\n SET search_path = 'public', 'it''s'\n SET work_mem = '1''MB'\n"), sql);
    }

    @Test
    void aNewBodyIsCreateOrReplace() {
        Recorder out = new Recorder();
        RoutineSteps.alter("public", function("SELECT 1", ONE, "integer", Map.of(), List.of("view public.v")),
                function("SELECT 2", ONE, "integer", Map.of(), List.of()), out);
        assertEquals(List.of("ALTER new body"), out.summaries);
        assertEquals(1, out.sql.size());
        assertTrue(out.sql.get(0).startsWith("CREATE OR REPLACE FUNCTION \"public\".\"f\"(\"n\" integer)"), out.sql.get(0));
        // It was a security definer without a search_path before: warned when it became one, not at every change.
        assertEquals(List.of(), out.risks);
        Recorder created = new Recorder();
        RoutineSteps.create("public", function("SELECT 2", ONE, "integer", Map.of(), List.of()), created);
        assertEquals(List.of("NOTE: security definer without a search_path of its own: callers can make it use their"
                + " objects; add set: {search_path: ...} (pg_catalog, then the schemas it needs)"), created.risks);
    }

    @Test
    void aNewResultIsDropAndCreateRefusedWhileSomethingDependsOnIt() {
        Recorder free = new Recorder();
        RoutineSteps.alter("public", function("SELECT 1", ONE, "integer", Map.of(), List.of()),
                function("SELECT 1", ONE, "bigint", Map.of(), List.of()), free);
        assertEquals(List.of("DROP FUNCTION \"public\".\"f\"(integer)"), free.sql.subList(0, 1));
        assertEquals(List.of("DROP FUNCTION IF EXISTS \"public\".\"f\"(integer)"), free.script.subList(0, 1));

        Recorder used = new Recorder();
        RoutineSteps.alter("public", function("SELECT 1", ONE, "integer", Map.of(),
                        List.of("default value for column total of table orders", "view order_totals")),
                function("SELECT 1", ONE, "bigint", Map.of(), List.of()), used);
        assertEquals(List.of(), used.sql);
        assertEquals(1, used.risks.size());
        assertTrue(used.risks.get(0).startsWith("UNSUPPORTED: PostgreSQL cannot change this in place (result integer →"
                + " bigint), and cannot drop the function to create it again while default value for column total of"
                + " table orders, view order_totals depend on it"), used.risks.get(0));
    }

    @Test
    void whatCreateOrReplaceCannotDo() {
        Routine base = function("SELECT 1", List.of(new Argument(Mode.IN, "n", "integer", "1")), "integer", Map.of(), List.of());
        assertEquals(null, RoutineSteps.recreateReason(base, base));
        assertEquals("argument n renamed to m", RoutineSteps.recreateReason(base,
                function("SELECT 1", List.of(new Argument(Mode.IN, "m", "integer", "1")), "integer", Map.of(), List.of())));
        assertEquals("an argument default is removed", RoutineSteps.recreateReason(base,
                function("SELECT 1", List.of(new Argument(Mode.IN, "n", "integer", null)), "integer", Map.of(), List.of())));
        assertEquals(null, RoutineSteps.recreateReason(function("SELECT 1", ONE, "integer", Map.of(), List.of()), base));
    }

    /** A rename and the dependents are not what the function is: equals leaves them out. */
    @Test
    void equalsComparesWhatPostgresqlStores() {
        Routine a = function("SELECT 1", ONE, "integer", Map.of(), List.of("view v"));
        Routine b = function("SELECT 1", ONE, "integer", Map.of(), List.of());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, b.withName(b.name(), b.routine(), "g(integer)", List.of()));
        assertNotEquals(a, function("SELECT 2", ONE, "integer", Map.of(), List.of()));
    }

    @Test
    void dependsOnTypesCallsAndForSqlTheTablesItsBodyNames() {
        Routine r = new Routine(false, "f(app.mood)", "f", List.of(new Argument(Mode.IN, "m", "app.mood", "app.default_mood()")),
                "orders", true, "sql", "SELECT * FROM orders o WHERE o.mood = $1 AND app.ok(o.id)", "stable", false,
                false, "unsafe", false, null, null, Map.of(), null, null, List.of());
        Set<ObjectRef> deps = Functions.FUNCTIONS.dependsOn("public", r);
        assertTrue(deps.contains(ObjectRef.of(ObjectRef.Kind.TYPE, "app", "mood")), deps.toString());
        assertTrue(deps.contains(ObjectRef.of(ObjectRef.Kind.TYPE, null, "orders")), deps.toString());
        assertTrue(deps.contains(ObjectRef.of(ObjectRef.Kind.TABLE, null, "orders")), deps.toString());
        assertTrue(deps.contains(ObjectRef.of(ObjectRef.Kind.FUNCTION, "app", "default_mood")), deps.toString());
        assertTrue(deps.contains(ObjectRef.of(ObjectRef.Kind.FUNCTION, "app", "ok")), deps.toString());
        assertFalse(deps.contains(ObjectRef.of(ObjectRef.Kind.TYPE, null, "integer")), deps.toString());
    }

    @Test
    void aBodyKeepsItsIndentationExceptInSqlAndPlpgsql() {
        assertEquals("SELECT 1", Functions.normalizeBody("sql", "\n   SELECT 1  \n\n"));
        assertEquals("    x = 1\n    return x", Functions.normalizeBody("plpython3u", "\n\n    x = 1\n    return x\n"));
    }

    @Test
    void defaultsPrintedAsAListSplitAtTheirOuterCommas() {
        assertEquals(List.of("10", "'a, b'::text", "ARRAY[1, 2]", "f(1, 2)"),
                Functions.splitTopLevel("10, 'a, b'::text, ARRAY[1, 2], f(1, 2)"));
    }

    @Test
    void locatesAnErrorInTheBody() {
        Routine r = function("SELECT a +\n  FROM nowhere", ONE, "integer", Map.of(), List.of());
        String sql = RoutineSql.create("public", r, false);
        int offset = sql.indexOf("FROM nowhere");
        assertEquals(new ObjectKind.Rejection("body", "line 2, column 3 of the body"),
                Functions.FUNCTIONS.locate(r, sql, offset, null).orElseThrow());
        assertEquals(new ObjectKind.Rejection("body", "near line 3 of the body"),
                Functions.FUNCTIONS.locate(r, sql, -1, "compilation of PL/pgSQL function \"f\" near line 4").orElseThrow());
        assertTrue(Functions.FUNCTIONS.locate(r, sql, 3, null).isEmpty());
    }
}
