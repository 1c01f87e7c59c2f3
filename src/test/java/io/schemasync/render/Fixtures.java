package io.schemasync.render;

import io.schemasync.diff.Change;
import io.schemasync.model.Column;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Table;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.util.List;
import java.util.Set;

/** Hand-built plans for the renderer tests, shaped like the ones the planner makes. */
final class Fixtures {
    static final String TARGET = "postgres://app:*****@db.internal:5432/app";

    private Fixtures() {}

    static ObjectRef table(String name) {
        return ObjectRef.of(ObjectRef.Kind.TABLE, "public", name);
    }

    static Step createOrders() {
        Table orders = new Table("orders", List.of(Column.of("id", "bigint", false)), null, null, null, null, null,
                null, null);
        return step(new Change.CreateTable("public", orders), Step.Action.CREATE, "create",
                List.of("CREATE TABLE \"public\".\"orders\" (\"id\" bigint NOT NULL)"),
                List.of("CREATE TABLE IF NOT EXISTS \"public\".\"orders\" (\"id\" bigint NOT NULL)"));
    }

    static Step addLastLogin() {
        Column column = Column.of("last_login_at", "timestamp with time zone", true);
        return step(new Change.AddColumn("public", "users", column), Step.Action.CREATE,
                "add (timestamptz, nullable)",
                List.of("ALTER TABLE \"public\".\"users\" ADD COLUMN \"last_login_at\" timestamp with time zone"),
                List.of("ALTER TABLE \"public\".\"users\" ADD COLUMN IF NOT EXISTS \"last_login_at\""
                        + " timestamp with time zone"));
    }

    static Step narrowName() {
        Column from = Column.of("name", "text", true);
        var change = new Change.AlterColumn("public", "users", from, from.withType("character varying(200)"),
                Set.of(Change.ColumnAspect.TYPE));
        String sql = "ALTER TABLE \"public\".\"users\" ALTER COLUMN \"name\" TYPE character varying(200)";
        return new Step(change, Step.Action.ALTER, "text → varchar(200)", List.of(sql), List.of(sql),
                Phase.TRANSACTION, List.of(new Hazard(Hazard.Kind.REWRITES_TABLE, "rewrites table")),
                List.of(Preflight.check("SELECT count(*) FROM users WHERE length(name) > 200",
                        "{n} rows longer than 200").withCount(3)), false);
    }

    static Step dropLegacyFlag(boolean refused) {
        String sql = "ALTER TABLE \"public\".\"users\" DROP COLUMN IF EXISTS \"legacy_flag\"";
        return new Step(new Change.DropColumn("public", "users", Column.of("legacy_flag", "boolean", true)),
                Step.Action.DROP, "drop", List.of(sql), List.of(sql), Phase.TRANSACTION,
                List.of(new Hazard(Hazard.Kind.DESTRUCTIVE, "deletes the data in column legacy_flag")), List.of(),
                refused);
    }

    static Step concurrentIndex() {
        Index index = new Index("orders_customer_idx", false, "btree", List.of(IndexKey.column("customer_id")),
                List.of(), null, false, null);
        return new Step(new Change.CreateIndex("public", "orders", index), Step.Action.CREATE, "create (customer_id)",
                List.of("CREATE INDEX CONCURRENTLY \"orders_customer_idx\" ON \"public\".\"orders\" (\"customer_id\")"),
                List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"orders_customer_idx\""
                        + " ON \"public\".\"orders\" (\"customer_id\")"),
                Phase.AFTER_COMMIT, List.of(new Hazard(Hazard.Kind.NOTE, "builds without blocking writes")),
                List.of(), false);
    }

    static Step removeEnumValue() {
        var change = new Change.Unsupported(ObjectRef.of(ObjectRef.Kind.TYPE, "public", "status"),
                "remove value 'shipped'", "PostgreSQL cannot remove an enum value");
        return new Step(change, Step.Action.ALTER, "remove value 'shipped'", List.of(), List.of(), Phase.TRANSACTION,
                List.of(new Hazard(Hazard.Kind.UNSUPPORTED, "PostgreSQL cannot remove an enum value")), List.of(),
                true);
    }

    static Step step(Change change, Step.Action action, String summary, List<String> statements,
                     List<String> script) {
        return new Step(change, action, summary, statements, script, Phase.TRANSACTION, List.of(), List.of(), false);
    }

    /** The plan of DESIGN.md "The plan as people see it". */
    static Plan designExample() {
        return designExample(true);
    }

    /** @param refused false: as planned with --allow-destructive */
    static Plan designExample(boolean refused) {
        return new Plan(List.of(createOrders(), addLastLogin(), narrowName(), dropLegacyFlag(refused)),
                List.of(table("users")),
                List.of(ObjectRef.of(ObjectRef.Kind.VIEW, "public", "active_users")));
    }

    /** Every kind of line: refused destructive and unsupported steps, an after-commit step. */
    static Plan full() {
        return new Plan(List.of(createOrders(), addLastLogin(), narrowName(), dropLegacyFlag(true), removeEnumValue(),
                concurrentIndex()), List.of(table("users")), List.of());
    }

    static Plan of(Step... steps) {
        return new Plan(List.of(steps), List.of(), List.of());
    }

    static Plan empty() {
        return new Plan(List.of(), List.of(table("orders"), table("users")), List.of());
    }
}
