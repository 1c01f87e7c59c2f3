package io.schemasync.cli;

import io.schemasync.diff.Change;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.plan.Ddl;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the progress of a long statement calls it: read from the statement the planner wrote, and its step. */
class StatementWorkTest {
    private static Step step(String sql, Hazard.Kind... hazards) {
        return new Step(new Change.CreateSchema("app", null), Step.Action.ALTER, "alter", List.of(sql), List.of(sql),
                Phase.TRANSACTION, Arrays.stream(hazards).map(k -> new Hazard(k, "why")).toList(), List.of(), false);
    }

    private static String describe(String sql, Hazard.Kind... hazards) {
        return StatementWork.describe(step(sql, hazards), sql);
    }

    private static Index index(String name, boolean unique) {
        return new Index(name, unique, "btree", List.of(IndexKey.column("status")), List.of(), "(status <> 'x')", false,
                null);
    }

    @Test
    void anIndexBuildNamesTheIndexWithItsTable() {
        assertEquals("building index public.orders.orders_status_idx",
                describe(Ddl.createIndex("public", "orders", index("orders_status_idx", false), false, true)));
        assertEquals("building index app.Order Items.it's \"unique\"",
                describe(Ddl.createIndex("app", "Order Items", index("it's \"unique\"", true), true, false)));
    }

    @Test
    void constraintsThatReadTheTable() {
        assertEquals("validating constraint public.orders.orders_customer_fk",
                describe("ALTER TABLE \"public\".\"orders\" VALIDATE CONSTRAINT \"orders_customer_fk\""));
        assertEquals("adding constraint auth.sessions.sessions_user_id_fkey",
                describe("ALTER TABLE \"auth\".\"sessions\" ADD CONSTRAINT \"sessions_user_id_fkey\" FOREIGN KEY"
                        + " (\"user_id\") REFERENCES \"auth\".\"users\" (\"id\") ON DELETE CASCADE"));
        assertEquals("validating constraint email_has_dot of domain public.email",
                describe("ALTER DOMAIN \"public\".\"email\" VALIDATE CONSTRAINT \"email_has_dot\""));
    }

    /** NOT VALID and USING INDEX add a constraint without reading the table: named by the step, as the plan does. */
    @Test
    void constraintsThatDoNotReadTheTableAreNamedByTheirStep() {
        assertEquals("schema app alter", describe("ALTER TABLE \"public\".\"orders\" ADD CONSTRAINT \"c\" CHECK"
                + " (total >= 0) NOT VALID"));
        assertEquals("schema app alter", describe("ALTER TABLE \"public\".\"orders\" ADD CONSTRAINT \"orders_pkey\""
                + " PRIMARY KEY USING INDEX \"orders_pkey\""));
    }

    @Test
    void aTableChangeSaysWhatItsStepWarnsOf() {
        String type = "ALTER TABLE \"public\".\"orders\" ALTER COLUMN \"total\" TYPE numeric(14,2) USING \"total\"::numeric(14,2)";
        assertEquals("rewriting public.orders", describe(type, Hazard.Kind.REWRITES_TABLE));
        assertEquals("schema app alter", describe(type), "a type change that rewrites nothing");
        assertEquals("rewriting public.orders", describe("ALTER TABLE \"public\".\"orders\" ADD COLUMN \"n\" bigint"
                + " GENERATED ALWAYS AS IDENTITY", Hazard.Kind.REWRITES_TABLE));
        assertEquals("checking column public.Member.Joined for NULLs",
                describe("ALTER TABLE \"public\".\"Member\" ALTER COLUMN \"Joined\" SET NOT NULL", Hazard.Kind.LOCKS_TABLE));
        assertEquals("schema app alter", describe("ALTER TABLE \"public\".\"Member\" DROP CONSTRAINT IF EXISTS"
                + " \"Member_Joined_not_null_schemasync\"", Hazard.Kind.LOCKS_TABLE, Hazard.Kind.REWRITES_TABLE),
                "the step's other statements are named by the step");
    }

    /** A name that reads like a keyword is still a name: "validate" is the table, not the action. */
    @Test
    void quotedNamesAreNeverKeywords() {
        assertEquals("rewriting public.validate", describe("ALTER TABLE \"public\".\"validate\" ADD COLUMN \"x\" integer"
                + " DEFAULT random()", Hazard.Kind.REWRITES_TABLE));
        assertEquals("schema app alter", describe("COMMENT ON TABLE \"public\".\"t\" IS 'CREATE INDEX'"));
        assertEquals("schema app alter", describe("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"i\""));
    }
}
