package io.schemasync.kinds;

import io.schemasync.kinds.UserType.Attribute;
import io.schemasync.kinds.UserType.Range;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.SqlText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The steps of composite and range types, without a database (the acceptance cases run them on one). */
class TypesTest {
    /** What a kind wrote: summary, statements, risks and row counts, as text. */
    private static final class Recorder implements StepOut {
        String summary;
        final List<String> sql = new ArrayList<>();
        final List<String> risks = new ArrayList<>();
        final List<String> rows = new ArrayList<>();

        @Override
        public Step step(Act act, String text) {
            summary = text;
            return new Step() {
                @Override
                public Step sql(String statement) {
                    return sql(statement, statement);
                }

                @Override
                public Step sql(String statement, String guarded) {
                    sql.add(statement);
                    return this;
                }

                @Override
                public Step risk(Risk risk, String message) {
                    risks.add(risk + ": " + message);
                    return this;
                }

                @Override
                public Step check(String countSql, String problem) {
                    throw new AssertionError("no check expected: " + countSql);
                }

                @Override
                public Step rows(String countSql, String what) {
                    rows.add(countSql + " | " + what);
                    return this;
                }
            };
        }
    }

    private static UserType composite(String name, Attribute... attributes) {
        return new UserType(name, List.of(attributes), null, null, null, List.of(), false);
    }

    private static Attribute a(String name, String type) {
        return new Attribute(name, type, null);
    }

    private static TypeUse use(String column, boolean array) {
        return new TypeUse(ObjectRef.inTable(ObjectRef.Kind.COLUMN, "public", "customer", column), array);
    }

    private static final UserType ADDRESS = composite("address", a("street", "text"), a("town", "text"),
            a("fax", "text"));

    @Test
    void attributesAreRenamedDroppedRetypedAndAddedInThatOrder() {
        Recorder out = new Recorder();
        UserType to = composite("address", a("street", "character varying(80)"), new Attribute("city", "text", "town"),
                a("zip", "integer"));
        Types.KIND.alter("public", ADDRESS, to, List.of(), out);
        assertEquals(List.of(
                "ALTER TYPE \"public\".\"address\" RENAME ATTRIBUTE \"town\" TO \"city\"",
                "ALTER TYPE \"public\".\"address\" DROP ATTRIBUTE \"fax\"",
                "ALTER TYPE \"public\".\"address\" ALTER ATTRIBUTE \"street\" TYPE character varying(80)",
                "ALTER TYPE \"public\".\"address\" ADD ATTRIBUTE \"zip\" integer"), out.sql);
        assertEquals(List.of("DESTRUCTIVE: drops attribute fax"), out.risks);
        assertFalse(Types.KIND.recreates(ADDRESS, to));
    }

    @Test
    void aDroppedAttributeCountsTheRowsThatHoldAValueOfItInEachColumn() {
        Recorder out = new Recorder();
        UserType to = composite("address", a("street", "text"), a("town", "text"));
        Types.KIND.alter("public", ADDRESS, to, List.of(use("home", false), use("previous", true)), out);
        assertEquals(List.of(
                "SELECT pg_catalog.count(*) FROM (SELECT 1 FROM \"public\".\"customer\" WHERE (\"home\").\"fax\" IS NOT NULL"
                        + " LIMIT 1000001) AS r | drops values in {n} rows of public.customer.home",
                "SELECT pg_catalog.count(*) FROM (SELECT 1 FROM \"public\".\"customer\" WHERE \"previous\" IS NOT NULL"
                        + " LIMIT 1000001) AS r | drops values in {n} rows of public.customer.previous"), out.rows);
    }

    @Test
    void aNewAttributeTypeIsRefusedWhileColumnsHoldTheType() {
        Recorder out = new Recorder();
        UserType to = composite("address", a("street", "text"), a("town", "character varying(80)"), a("fax", "text"));
        Types.KIND.alter("public", ADDRESS, to, List.of(use("home", false)), out);
        assertEquals(1, out.risks.size());
        assertTrue(out.risks.get(0).startsWith("UNSUPPORTED: PostgreSQL cannot change the type of attribute town while"
                + " columns hold the type (public.customer.home)"), out.risks.get(0));
    }

    @Test
    void attributesOnlyAppendSoAReorderRecreatesAnUnusedTypeAndIsRefusedForAUsedOne() {
        UserType reordered = composite("address", a("town", "text"), a("street", "text"), a("fax", "text"));
        assertTrue(Types.KIND.recreates(ADDRESS, reordered));
        Recorder unused = new Recorder();
        Types.KIND.alter("public", ADDRESS, reordered, List.of(), unused);
        assertEquals(List.of("DROP TYPE \"public\".\"address\"",
                "CREATE TYPE \"public\".\"address\" AS (\"town\" text, \"street\" text, \"fax\" text)"), unused.sql);
        Recorder used = new Recorder();
        Types.KIND.alter("public", ADDRESS, reordered, List.of(use("home", false)), used);
        assertEquals(List.of(), used.sql);
        assertTrue(used.risks.get(0).startsWith("UNSUPPORTED: PostgreSQL adds attributes only at the end"), used.risks.get(0));
    }

    @Test
    void aChangedRangeIsRefusedWhileAFunctionUsesIt() {
        UserType from = new UserType("period", List.of(), new Range("timestamp with time zone", null, null, null, null,
                null), null, null, List.of("function nights(period)"), false);
        UserType to = from.with(List.of(), new Range("timestamp with time zone", null, null, null, "tstzrange_subdiff",
                null));
        Recorder out = new Recorder();
        Types.KIND.alter("public", from, to, List.of(), out);
        assertEquals(List.of(), out.sql);
        assertTrue(out.risks.get(0).contains("which function nights(period) prevents"), out.risks.get(0));
    }

    @Test
    void aRangeNamesItsFunctionsAndMultirangeQuotedAndQualified() {
        UserType span = new UserType("span", List.of(), new Range("double precision", "float8_ops", "C", null,
                "app.\"My diff\"", "spans"), null, null, List.of(), false);
        Recorder out = new Recorder();
        Types.KIND.create("app", span, out);
        assertEquals(List.of("CREATE TYPE \"app\".\"span\" AS RANGE (SUBTYPE = double precision, SUBTYPE_OPCLASS ="
                + " \"float8_ops\", COLLATION = \"C\", SUBTYPE_DIFF = \"app\".\"My diff\", MULTIRANGE_TYPE_NAME ="
                + " \"app\".\"spans\")"), out.sql);
        assertEquals(java.util.Map.of("multirange_type_name", 14), span.newerServerFeatures());
    }

    @Test
    void renamedFromAndLiveDependentsAreNotPartOfTheDefinition() {
        UserType live = new UserType("address", ADDRESS.attributes(), null, null, null, List.of("function f(address)"),
                true);
        UserType desired = new UserType("address", List.of(a("street", "text"), new Attribute("town", "text", "city"),
                a("fax", "text")), null, null, "addr", List.of(), false);
        assertEquals(live, desired);
        assertNotEquals(live, composite("address", a("street", "text")));
    }

    @Test
    void theMultirangeIsNamedAsPostgreSQLNamesIt() {
        assertEquals("price_multirange", Types.defaultMultirangeName("price_range"));
        assertEquals("period_multirange", Types.defaultMultirangeName("period"));
        assertEquals("int4multirange", Types.defaultMultirangeName("int4range"));
    }

    @Test
    void aFunctionNameIsOneNameOrASchemaAndAName() {
        assertEquals(List.of("float8mi"), SqlText.qualifiedName("float8mi"));
        assertEquals(List.of("app", "My diff"), SqlText.qualifiedName(" app . \"My diff\" "));
        assertEquals(List.of("float8mi"), SqlText.qualifiedName("FLOAT8MI"));
        for (String bad : List.of("", "f()", "a.b.c", "f; DROP TABLE t", "f -- x", "f /* */", "'f'", "\"\"", "a.",
                ".a", "U&\"d\\0061t\"")) {
            assertThrows(IllegalArgumentException.class, () -> SqlText.qualifiedName(bad), bad);
        }
    }
}
