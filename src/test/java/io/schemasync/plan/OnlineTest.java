package io.schemasync.plan;

import io.schemasync.diff.Differ;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The online forms on tables with rows, the simple ones on empty tables, and resuming what an apply left halfway. */
class OnlineTest {
    private static final Column ID = Column.of("id", "bigint", false);
    private static final Target PG17 = new Target(17, Set.of());
    private static final Target PG18 = new Target(18, Set.of());

    private static Table table(String name, List<Column> columns, List<CheckConstraint> checks, List<ForeignKey> fks,
                               List<Index> indexes) {
        return new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), List.of(), checks, fks, indexes,
                null, null);
    }

    private static Table plain(String name, Column... more) {
        List<Column> cols = new java.util.ArrayList<>(List.of(ID));
        cols.addAll(List.of(more));
        return table(name, cols, List.of(), List.of(), List.of());
    }

    private static Database db(Table... tables) {
        return new Database(List.of(new Schema("app", null, List.of(), List.of(), List.of(), List.of(tables), List.of())));
    }

    private static Plan plan(Database live, Database want, Target target) {
        return Planner.plan(Differ.diff(live, want), live, target, PlanOptions.safe());
    }

    private static Target empty(int major, String table) {
        return new Target(major, Set.of(ObjectRef.of(ObjectRef.Kind.TABLE, "app", table)));
    }

    private static List<String> sql(Step step) {
        return step.statements();
    }

    private static List<Phase> phases(Plan plan) {
        return plan.steps().stream().map(Step::phase).toList();
    }

    private static ForeignKey fk(String name, String column, String refTable, String refColumn) {
        return new ForeignKey(name, List.of(column), "app", refTable, List.of(refColumn), null, null, false, null);
    }

    private static Index index(String name, boolean unique, String... columns) {
        return new Index(name, unique, "btree", java.util.Arrays.stream(columns).map(IndexKey::column).toList(),
                List.of(), null, false, null);
    }

    @Test
    void aCheckOnATableWithRowsIsAddedNotValidAndValidatedAfterTheCommit() {
        Table before = plain("t", Column.of("n", "integer", true));
        Table after = table("t", before.columns(), List.of(new CheckConstraint("t_n_check", "n > 0")), List.of(), List.of());
        Plan plan = plan(db(before), db(after), PG17);
        assertEquals(List.of(Phase.TRANSACTION, Phase.AFTER_COMMIT), phases(plan));
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_n_check\" CHECK (n > 0) NOT VALID"),
                sql(plan.steps().get(0)));
        assertEquals("SELECT count(*) FROM \"app\".\"t\" WHERE NOT (n > 0)",
                plan.steps().get(0).preflights().get(0).countSql(), "the rows are counted before anything runs");
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" VALIDATE CONSTRAINT \"t_n_check\""), sql(plan.steps().get(1)));
        assertTrue(plan.steps().get(1).preflights().isEmpty(), "counted once, on the step that adds it");
        assertTrue(plan.steps().get(1).hazards().get(0).message().contains("SHARE UPDATE EXCLUSIVE"));
    }

    @Test
    void anEmptyTableKeepsTheSimpleForm() {
        Table before = plain("t", Column.of("n", "integer", true));
        Table after = table("t", before.columns(), List.of(new CheckConstraint("t_n_check", "n > 0")), List.of(), List.of());
        Plan plan = plan(db(before), db(after), empty(17, "t"));
        assertEquals(1, plan.steps().size());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_n_check\" CHECK (n > 0)"), sql(plan.steps().get(0)));
        assertTrue(plan.steps().get(0).hazards().isEmpty(), "nothing to scan: " + plan.steps().get(0).hazards());
    }

    /** The plan as the dry run leaves it when the preflight checks of the live rows found or raised {@code result}. */
    private static Plan checked(Plan plan, java.util.function.UnaryOperator<Preflight> result) {
        return new Plan(plan.steps().stream().map(s -> s.withPreflights(s.preflights().stream().map(result).toList()))
                .toList(), plan.inSync(), plan.unmanaged());
    }

    /**
     * A check whose rows fail it (counted, or the count raised an error: 100 / a > 0 on a row where a = 0) is not
     * made online: planned again knowing so, it is added in the transaction, where it fails before the commit.
     */
    @Test
    void aCheckWhoseRowsFailOrRaiseKeepsTheSimpleForm() {
        Table before = plain("t", Column.of("a", "integer", true));
        Table after = table("t", before.columns(), List.of(new CheckConstraint("t_a_check", "100 / a > 0")), List.of(),
                List.of());
        Plan online = plan(db(before), db(after), PG17);
        ObjectRef check = ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, "app", "t", "t_a_check");
        assertEquals(Set.of(), Planner.failingOnline(checked(online, p -> p.withCount(0))), "the rows pass");
        assertEquals(Set.of(check), Planner.failingOnline(checked(online, p -> p.withCount(2))), "2 rows violate it");
        Set<ObjectRef> raised = Planner.failingOnline(checked(online, p -> p.withError("22012", "division by zero")));
        assertEquals(Set.of(check), raised, "the count raised an error");

        Plan simple = plan(db(before), db(after), PG17.withFailing(raised));
        assertEquals(List.of(Phase.TRANSACTION), phases(simple));
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_a_check\" CHECK (100 / a > 0)"),
                sql(simple.steps().get(0)));
        assertTrue(simple.steps().get(0).hazards().get(0).message().contains("in the transaction: checking the live rows"),
                simple.steps().get(0).hazards().toString());
        assertEquals(Set.of(), Planner.failingOnline(checked(simple, p -> p.withCount(2))), "nothing online left");
    }

    /** The same for a foreign key with orphans, SET NOT NULL with NULLs, and a new key with duplicates. */
    @Test
    void foreignKeysNotNullAndKeysWhoseRowsFailKeepTheSimpleForm() {
        Table parent = plain("p");
        Table child = plain("c", Column.of("p_id", "bigint", true), Column.of("code", "text", true));
        Table wanted = new Table("c", List.of(ID, Column.of("p_id", "bigint", false), Column.of("code", "text", true)),
                child.primaryKey(), List.of(new UniqueConstraint("c_code_key", List.of("code"), false, null)),
                List.of(), List.of(fk("c_p_fk", "p_id", "p", "id")), List.of(), null, null);
        Plan online = plan(db(parent, child), db(parent, wanted), PG17);
        assertTrue(phases(online).contains(Phase.AFTER_COMMIT), phases(online).toString());
        Set<ObjectRef> failing = Planner.failingOnline(checked(online, p -> p.withCount(1)));
        assertEquals(Set.of(ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, "app", "c", "c_p_fk"),
                ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, "app", "c", "c_code_key"),
                ObjectRef.inTable(ObjectRef.Kind.COLUMN, "app", "c", "p_id")), failing);

        Plan simple = plan(db(parent, child), db(parent, wanted), PG17.withFailing(failing));
        assertEquals(List.of(Phase.TRANSACTION, Phase.TRANSACTION, Phase.TRANSACTION), phases(simple));
        List<String> all = simple.steps().stream().flatMap(s -> s.statements().stream()).toList();
        assertTrue(all.contains("ALTER TABLE \"app\".\"c\" ALTER COLUMN \"p_id\" SET NOT NULL"), all.toString());
        assertTrue(all.stream().noneMatch(sql -> sql.contains("NOT VALID") || sql.contains("CONCURRENTLY")),
                all.toString());
    }

    @Test
    void aForeignKeyLeftNotValidIsValidatedNeverDroppedAndAddedAgain() {
        Table parent = plain("p");
        Table child = table("c", List.of(ID, Column.of("p_id", "bigint", true)), List.of(),
                List.of(fk("c_p_fk", "p_id", "p", "id")), List.of());
        Table childNotValid = child.withForeignKeys(List.of(child.foreignKeys().get(0).withValidated(false)));
        Plan plan = plan(db(parent, childNotValid), db(parent, child), PG17);
        assertEquals(1, plan.steps().size());
        Step step = plan.steps().get(0);
        assertEquals(Phase.AFTER_COMMIT, step.phase());
        assertEquals(List.of("ALTER TABLE \"app\".\"c\" VALIDATE CONSTRAINT \"c_p_fk\""), sql(step));
        assertFalse(step.preflights().isEmpty(), "the orphans are counted before it runs");
        assertFalse(step.destructive());
    }

    @Test
    void setNotNullGoesThroughAValidatedCheck() {
        Plan plan = plan(db(plain("t", Column.of("email", "text", true))),
                db(plain("t", Column.of("email", "text", false))), PG17);
        assertEquals(List.of(Phase.TRANSACTION, Phase.AFTER_COMMIT, Phase.AFTER_COMMIT), phases(plan));
        String helper = "\"t_email_not_null_schemasync\"";
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT " + helper + " CHECK (\"email\" IS NOT NULL) NOT VALID"),
                sql(plan.steps().get(0)));
        assertEquals("SELECT count(*) FROM \"app\".\"t\" WHERE \"email\" IS NULL",
                plan.steps().get(0).preflights().get(0).countSql());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" VALIDATE CONSTRAINT " + helper), sql(plan.steps().get(1)));
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ALTER COLUMN \"email\" SET NOT NULL",
                "ALTER TABLE \"app\".\"t\" DROP CONSTRAINT IF EXISTS " + helper), sql(plan.steps().get(2)));
    }

    @Test
    void setNotNullOnPostgres18IsANotNullConstraintNotValid() {
        Plan plan = plan(db(plain("t", Column.of("email", "text", true))),
                db(plain("t", Column.of("email", "text", false))), PG18);
        assertEquals(List.of(Phase.TRANSACTION, Phase.AFTER_COMMIT), phases(plan));
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_email_not_null\" NOT NULL \"email\" NOT VALID"),
                sql(plan.steps().get(0)));
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" VALIDATE CONSTRAINT \"t_email_not_null\""), sql(plan.steps().get(1)));
    }

    @Test
    void anotherAspectOfTheColumnStaysInItsOwnStep() {
        Plan plan = plan(db(plain("t", Column.of("n", "integer", true))),
                db(plain("t", Column.of("n", "bigint", false))), PG17);
        assertEquals("integer → bigint", plan.steps().get(0).summary());
        assertTrue(plan.steps().stream().noneMatch(s -> s.statements().stream().anyMatch(x -> x.endsWith("SET NOT NULL")
                && s.phase() == Phase.TRANSACTION)), "SET NOT NULL only after the check is valid");
    }

    @Test
    void anInterruptedSetNotNullIsFinishedNotDropped() {
        CheckConstraint helper = new CheckConstraint("t_email_not_null_schemasync", "(email IS NOT NULL)", false);
        Table live = table("t", List.of(ID, Column.of("email", "text", true)), List.of(helper), List.of(), List.of());
        Plan plan = plan(db(live), db(plain("t", Column.of("email", "text", false))), PG17);
        assertEquals(List.of("set not null: validate t_email_not_null_schemasync",
                "set not null (proved by t_email_not_null_schemasync), drop t_email_not_null_schemasync"),
                plan.steps().stream().map(Step::summary).toList());
        assertFalse(plan.hasRefusals());
        assertFalse(plan.steps().get(0).preflights().isEmpty(), "the NULLs are counted again");

        Table validated = table("t", live.columns(), List.of(new CheckConstraint(helper.name(), helper.expression())),
                List.of(), List.of());
        assertEquals(1, plan(db(validated), db(plain("t", Column.of("email", "text", false))), PG17).steps().size());
    }

    @Test
    void aHelperCheckWithNothingLeftToDoIsDroppedWithoutAsking() {
        CheckConstraint helper = new CheckConstraint("t_email_not_null_schemasync", "(email IS NOT NULL)");
        Table live = table("t", List.of(ID, Column.of("email", "text", false)), List.of(helper), List.of(), List.of());
        Plan plan = plan(db(live), db(plain("t", Column.of("email", "text", false))), PG17);
        assertEquals(1, plan.steps().size());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" DROP CONSTRAINT IF EXISTS \"t_email_not_null_schemasync\""),
                sql(plan.steps().get(0)));
        assertFalse(plan.hasRefusals());
    }

    @Test
    void anInterruptedNotNullOnPostgres18IsValidated() {
        CheckConstraint notValid = new CheckConstraint("t_email_not_null", "(email IS NOT NULL)", false);
        Table live = table("t", List.of(ID, Column.of("email", "text", true)), List.of(notValid), List.of(), List.of());
        Plan plan = plan(db(live), db(plain("t", Column.of("email", "text", false))), PG18);
        assertEquals(List.of(List.of("ALTER TABLE \"app\".\"t\" VALIDATE CONSTRAINT \"t_email_not_null\"")),
                plan.steps().stream().map(Step::statements).toList());
        Plan before18 = plan(db(live), db(plain("t", Column.of("email", "text", false))), PG17);
        assertTrue(before18.hasRefusals(), "before 18 a check of that name is somebody's: dropping it is destructive");
    }

    @Test
    void aKeyOnATableWithRowsIsBuiltConcurrentlyAndForeignKeysToItWaitForIt() {
        Table parentBefore = plain("p", Column.of("code", "text", false));
        Table parentAfter = new Table("p", parentBefore.columns(), parentBefore.primaryKey(),
                List.of(UniqueConstraint.of("p_code_key", List.of("code"))), List.of(), List.of(), List.of(), null, null);
        Table childBefore = plain("c", Column.of("code", "text", true), Column.of("p_id", "bigint", true));
        Table childAfter = table("c", childBefore.columns(), List.of(), List.of(fk("c_code_fk", "code", "p", "code"),
                fk("c_p_fk", "p_id", "p", "id")), List.of());
        Plan plan = plan(db(parentBefore, childBefore), db(parentAfter, childAfter), PG17);
        List<String> order = plan.steps().stream().map(s -> s.change().target().name() + " " + s.phase()).toList();
        assertEquals(List.of("p_code_key AFTER_COMMIT", "c_code_fk AFTER_COMMIT", "c_code_fk AFTER_COMMIT",
                "c_p_fk TRANSACTION", "c_p_fk AFTER_COMMIT"), order, "only the foreign key to the new key waits for it");
        Step key = plan.steps().get(0);
        assertEquals(List.of("DROP INDEX CONCURRENTLY IF EXISTS \"app\".\"p_code_key\"",
                "CREATE UNIQUE INDEX CONCURRENTLY \"p_code_key\" ON \"app\".\"p\" USING \"btree\" (\"code\")",
                "ALTER TABLE \"app\".\"p\" ADD CONSTRAINT \"p_code_key\" UNIQUE USING INDEX \"p_code_key\""), sql(key));
    }

    @Test
    void aNewKeyOverTheColumnsOfAKeyTheTransactionDropsIsMadeInTheTransaction() {
        // GoTrue's identities: the primary key over (provider, id) gives way to one over a new column, and the old
        // key's columns become a unique constraint. Built after the commit, the table would be without the guarantee
        // from the commit on (and a duplicate written then would make the build fail).
        Column provider = Column.of("provider", "text", false);
        Column pid = Column.of("pid", "text", false);
        Table before = new Table("t", List.of(ID, provider, pid), new PrimaryKey("t_pkey", List.of("provider", "pid")),
                List.of(), List.of(), List.of(), List.of(), null, null);
        Table after = new Table("t", List.of(ID, provider, pid), new PrimaryKey("t_pkey", List.of("id")),
                List.of(UniqueConstraint.of("t_pid_provider_key", List.of("pid", "provider"))), List.of(), List.of(),
                List.of(), null, null);
        Plan plan = plan(db(before), db(after), PG17);
        assertEquals(List.of(Phase.TRANSACTION, Phase.TRANSACTION), phases(plan));
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_pid_provider_key\" UNIQUE (\"pid\", \"provider\")"),
                sql(plan.steps().get(1)));
        // A key that covers no dropped one is still built CONCURRENTLY after the commit.
        Table unrelated = new Table("t", List.of(ID, provider, pid), new PrimaryKey("t_pkey", List.of("id")),
                List.of(UniqueConstraint.of("t_pid_key", List.of("pid"))), List.of(), List.of(), List.of(), null, null);
        assertEquals(List.of(Phase.TRANSACTION, Phase.AFTER_COMMIT), phases(plan(db(before), db(unrelated), PG17)));
        // A primary key replaced by a wider one is its own successor: other new keys are still built after the commit.
        Table wider = new Table("t", List.of(ID, provider, pid), new PrimaryKey("t_pkey", List.of("provider", "pid", "id")),
                List.of(UniqueConstraint.of("t_pid_key", List.of("pid"))), List.of(), List.of(), List.of(), null, null);
        assertEquals(List.of(Phase.TRANSACTION, Phase.AFTER_COMMIT), phases(plan(db(before), db(wider), PG17)));
    }

    @Test
    void aDroppedKeyWaitsForTheKeyThatTakesOverItsGuarantee() {
        // GoTrue's users_email_key gave way to a partial unique index over the same column.
        Column email = Column.of("email", "text", true);
        Table before = new Table("t", List.of(ID, email), new PrimaryKey("t_pkey", List.of("id")),
                List.of(UniqueConstraint.of("t_email_key", List.of("email"))), List.of(), List.of(), List.of(), null, null);
        Index partial = new Index("t_email_partial_key", true, "btree", List.of(IndexKey.column("email")), List.of(),
                "id > 0", false, null);
        Table after = table("t", List.of(ID, email), List.of(), List.of(), List.of(partial));
        Plan plan = plan(db(before), db(after), PG17);
        List<String> order = plan.steps().stream().map(s -> s.change().target().name() + " " + s.phase()).toList();
        assertEquals(List.of("t_email_partial_key AFTER_COMMIT", "t_email_key AFTER_COMMIT"), order);
        // Without a successor the drop stays in the transaction.
        Plan plain = plan(db(before), db(table("t", List.of(ID, email), List.of(), List.of(), List.of())), PG17);
        assertEquals(List.of(Phase.TRANSACTION), phases(plain));
    }

    @Test
    void aDroppedIndexWaitsForTheNewIndexThatLeadsWithTheSameKey() {
        // Mastodon's index_statuses_20190820 (partial) took over from index_statuses_20180106.
        Column a = Column.of("a", "int", true);
        Column b = Column.of("b", "int", true);
        Table before = table("t", List.of(ID, a, b), List.of(), List.of(), List.of(index("t_old", false, "a", "id")));
        Index partial = new Index("t_new", false, "btree", List.of(IndexKey.column("a"), IndexKey.column("id")),
                List.of(), "b IS NULL", false, null);
        Plan plan = plan(db(before), db(table("t", List.of(ID, a, b), List.of(), List.of(), List.of(partial))), PG17);
        List<String> order = plan.steps().stream().map(s -> s.change().target().name() + " " + s.phase()).toList();
        assertEquals(List.of("t_new AFTER_COMMIT", "t_old AFTER_COMMIT"), order);
        assertEquals(List.of("DROP INDEX CONCURRENTLY IF EXISTS \"app\".\"t_old\""), sql(plan.steps().get(1)));
        // An index that leads with another key takes over nothing: the old one is dropped in the transaction.
        Table other = table("t", List.of(ID, a, b), List.of(), List.of(), List.of(index("t_new", false, "b")));
        assertEquals(List.of(Phase.TRANSACTION, Phase.AFTER_COMMIT), phases(plan(db(before), db(other), PG17)));
    }

    @Test
    void aKeyWhoseIndexAnInterruptedApplyBuiltIsAttached() {
        Table before = new Table("t", List.of(ID, Column.of("code", "text", false)), null, List.of(), List.of(),
                List.of(), List.of(index("t_pkey", true, "id")), null, null);
        Plan plan = plan(db(before), db(plain("t", Column.of("code", "text", false))), PG17);
        assertEquals(1, plan.steps().size());
        assertEquals(List.of("ALTER TABLE \"app\".\"t\" ADD CONSTRAINT \"t_pkey\" PRIMARY KEY USING INDEX \"t_pkey\""),
                sql(plan.steps().get(0)));
        assertEquals(Phase.TRANSACTION, plan.steps().get(0).phase());
        assertFalse(plan.hasRefusals());
    }

    @Test
    void aChangedIndexIsSwappedInWithoutAGap() {
        Table before = table("t", List.of(ID, Column.of("a", "int", true), Column.of("b", "int", true)), List.of(),
                List.of(), List.of(index("t_idx", false, "a")));
        Table after = table("t", before.columns(), List.of(), List.of(), List.of(index("t_idx", false, "a", "b")));
        Plan plan = plan(db(before), db(after), PG17);
        assertEquals(List.of("DROP INDEX CONCURRENTLY IF EXISTS \"app\".\"t_idx_schemasync_new\"",
                "CREATE INDEX CONCURRENTLY \"t_idx_schemasync_new\" ON \"app\".\"t\" USING \"btree\" (\"a\", \"b\")",
                SWAP_OUT, SWAP_IN, DROP_OLD), sql(plan.steps().get(0)));
        assertEquals(Phase.AFTER_COMMIT, plan.steps().get(0).phase());

        assertEquals(List.of("DROP INDEX IF EXISTS \"app\".\"t_idx\"",
                "CREATE INDEX \"t_idx\" ON \"app\".\"t\" USING \"btree\" (\"a\", \"b\")"),
                sql(plan(db(before), db(after), empty(17, "t")).steps().get(0)), "an empty table: the simple form");
    }

    private static final String SWAP_OUT = "ALTER INDEX IF EXISTS \"app\".\"t_idx\" RENAME TO \"t_idx_schemasync_old\"";
    private static final String SWAP_IN = "ALTER INDEX \"app\".\"t_idx_schemasync_new\" RENAME TO \"t_idx\"";
    private static final String DROP_OLD = "DROP INDEX CONCURRENTLY IF EXISTS \"app\".\"t_idx_schemasync_old\"";

    @Test
    void anInterruptedSwapResumes() {
        Index old = index("t_idx", false, "a");
        Index built = index("t_idx_schemasync_new", false, "a", "b");
        Table columns = table("t", List.of(ID, Column.of("a", "int", true), Column.of("b", "int", true)), List.of(),
                List.of(), List.of());
        Table want = table("t", columns.columns(), List.of(), List.of(), List.of(index("t_idx", false, "a", "b")));

        Table bothThere = table("t", columns.columns(), List.of(), List.of(), List.of(old, built));
        Plan swap = plan(db(bothThere), db(want), PG17);
        assertEquals(List.of(List.of(SWAP_OUT, SWAP_IN, DROP_OLD)), swap.steps().stream().map(Step::statements).toList());

        Table oldGone = table("t", columns.columns(), List.of(), List.of(), List.of(built));
        Plan rename = plan(db(oldGone), db(want), PG17);
        assertEquals(List.of(List.of(SWAP_OUT, SWAP_IN, DROP_OLD)), rename.steps().stream().map(Step::statements).toList());
        assertEquals(Phase.AFTER_COMMIT, rename.steps().get(0).phase());

        Table stale = table("t", columns.columns(), List.of(), List.of(), List.of(index("t_idx", false, "a", "b"),
                index("t_idx_schemasync_new", false, "b")));
        Plan drop = plan(db(stale), db(want), PG17);
        assertEquals(1, drop.steps().size());
        assertFalse(drop.hasRefusals(), "the temporary index is the tool's own");
        assertEquals(List.of("DROP INDEX CONCURRENTLY IF EXISTS \"app\".\"t_idx_schemasync_new\""),
                sql(drop.steps().get(0)));

        Table swapped = table("t", columns.columns(), List.of(), List.of(), List.of(index("t_idx", false, "a", "b"),
                index("t_idx_schemasync_old", false, "a")));
        Plan dropOld = plan(db(swapped), db(want), PG17);
        assertEquals(List.of(List.of(DROP_OLD)), dropOld.steps().stream().map(Step::statements).toList());
        assertFalse(dropOld.hasRefusals());
    }

    @Test
    void theScriptGuardsEveryOnlineStepSoThatItReplays() {
        Plan notNull = plan(db(plain("t", Column.of("email", "text", true))),
                db(plain("t", Column.of("email", "text", false))), PG17);
        assertTrue(notNull.steps().get(0).script().get(0).contains("IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint"
                + " WHERE conrelid = to_regclass('\"app\".\"t\"') AND conname = 't_email_not_null_schemasync') AND NOT"
                + " EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('\"app\".\"t\"') AND"
                + " attname = 'email' AND attnotnull) THEN"), notNull.steps().get(0).script().get(0));
        assertTrue(notNull.steps().get(1).script().get(0).contains("AND NOT convalidated) THEN\n    ALTER TABLE"
                + " \"app\".\"t\" VALIDATE CONSTRAINT"), notNull.steps().get(1).script().get(0));

        Table before = table("t", List.of(ID, Column.of("a", "int", true)), List.of(), List.of(),
                List.of(index("t_idx", false, "a")));
        Table after = table("t", before.columns(), List.of(), List.of(), List.of(index("t_idx", true, "a")));
        List<String> swap = plan(db(before), db(after), PG17).steps().get(0).script();
        assertEquals(4, swap.size(), String.join("\n", swap));
        assertEquals("""
                DO $schemasync$
                BEGIN
                  IF to_regclass('"app"."t_idx_schemasync_new"') IS NOT NULL THEN
                    IF to_regclass('"app"."t_idx"') IS NOT NULL THEN
                      ALTER INDEX "app"."t_idx" RENAME TO "t_idx_schemasync_old";
                    END IF;
                    ALTER INDEX "app"."t_idx_schemasync_new" RENAME TO "t_idx";
                  END IF;
                END
                $schemasync$""", swap.get(2));
        assertEquals(DROP_OLD, swap.get(3));
    }

    @Test
    void invalidLeftoversOfASwapAreDropped() {
        Table t = table("t", List.of(ID, Column.of("a", "int", true)), List.of(), List.of(),
                List.of(index("t_idx", false, "a")));
        Target invalid = new Target(17, Set.of(), Set.of(ObjectRef.inTable(ObjectRef.Kind.INDEX, "app", "t", "t_idx_schemasync_old"),
                ObjectRef.inTable(ObjectRef.Kind.INDEX, "app", "t", "t_idx_schemasync_new"),
                ObjectRef.inTable(ObjectRef.Kind.INDEX, "app", "t", "somebody_elses_idx")));
        Plan plan = plan(db(t), db(t), invalid);
        assertEquals(List.of(List.of("DROP INDEX CONCURRENTLY IF EXISTS \"app\".\"t_idx_schemasync_new\""),
                List.of(DROP_OLD)), plan.steps().stream().map(Step::statements).toList());
    }
}
