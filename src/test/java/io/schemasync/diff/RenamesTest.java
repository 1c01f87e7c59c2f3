package io.schemasync.diff;

import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.RenameConstraint;
import io.schemasync.diff.Change.RenameTable;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.model.Column;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.expressionIndex;
import static io.schemasync.diff.Models.fk;
import static io.schemasync.diff.Models.index;
import static io.schemasync.diff.Models.table;
import static io.schemasync.diff.Models.tables;
import static io.schemasync.diff.Models.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL carries keys, indexes and foreign keys along when a table or column is renamed: after a declared
 * rename they are unchanged, not dropped and added again.
 */
class RenamesTest {
    private static final Column REMARK = col("remark", "text");
    private static final Column NOTE = col("note", "text").withRenamedFrom("remark");

    private static List<Change> changes(Table[] live, Table... desired) {
        return Differ.diff(tables(live), tables(desired)).changes();
    }

    private static Table[] live(Table... live) {
        return live;
    }

    @Test
    void aUniqueConstraintFollowsItsRenamedColumn() {
        assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note")),
                changes(live(table("t").id().columns(REMARK).uniques(unique("t_remark_key", "remark")).build()),
                        table("t").id().columns(NOTE).uniques(unique("t_remark_key", "note")).build()));
    }

    @Test
    void anIndexFollowsItsRenamedColumnInKeysAndInclude() {
        Index live = new Index("t_idx", false, "btree", List.of(IndexKey.column("remark")), List.of("remark"), null,
                false, null);
        Index want = new Index("t_idx", false, "btree", List.of(IndexKey.column("note")), List.of("note"), null,
                false, null);
        assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note")),
                changes(live(table("t").id().columns(REMARK).indexes(live).build()),
                        table("t").id().columns(NOTE).indexes(want).build()));
    }

    /**
     * PostgreSQL prints an expression with the column's new name after the rename: the index is carried along, not
     * rebuilt (a unique one rebuilt after the commit would leave a window without uniqueness).
     */
    @Test
    void anExpressionIndexFollowsItsRenamedColumn() {
        Index live = expressionIndex("t_lower_idx", "lower(remark)");
        Index want = expressionIndex("t_lower_idx", "lower(note)");
        assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note")),
                changes(live(table("t").id().columns(REMARK).indexes(live).build()),
                        table("t").id().columns(NOTE).indexes(want).build()));
    }

    /** An expression that differs in more than the renamed column is still rebuilt. */
    @Test
    void anExpressionIndexThatChangesIsRebuilt() {
        Index live = expressionIndex("t_lower_idx", "lower(remark)");
        Index want = expressionIndex("t_lower_idx", "upper(note)");
        assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note"),
                        new ReplaceIndex(APP, "t", expressionIndex("t_lower_idx", "lower(note)"), want)),
                changes(live(table("t").id().columns(REMARK).indexes(live).build()),
                        table("t").id().columns(NOTE).indexes(want).build()));
    }

    /**
     * A check left NOT VALID (by an interrupted apply, or added so by hand) is read through the renames as it is:
     * still NOT VALID, so the plan goes on to validate it, with or without a rename of its column.
     */
    @Test
    void aNotValidCheckStaysNotValidThroughTheRenames() {
        var live = new io.schemasync.model.CheckConstraint("t_remark_check", "(length(remark) < 10)", false);
        var want = new io.schemasync.model.CheckConstraint("t_remark_check", "(length(note) < 10)");
        var renamed = changes(live(table("t").id().columns(REMARK).checks(live).build()),
                table("t").id().columns(NOTE).checks(want).build());
        assertEquals(new RenameColumn(APP, "t", "remark", "note"), renamed.getFirst());
        assertEquals(2, renamed.size(), renamed.toString());
        var kept = changes(live(table("t").id().columns(REMARK).checks(live).build()),
                table("t").id().columns(REMARK).checks(new io.schemasync.model.CheckConstraint("t_remark_check",
                        "(length(remark) < 10)")).build());
        assertEquals(1, kept.size(), kept.toString());
    }

    @Test
    void aCheckFollowsItsRenamedColumn() {
        var live = new io.schemasync.model.CheckConstraint("t_remark_check", "(length(remark) < 10)");
        var want = new io.schemasync.model.CheckConstraint("t_remark_check", "(length(note) < 10)");
        assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note")),
                changes(live(table("t").id().columns(REMARK).checks(live).build()),
                        table("t").id().columns(NOTE).checks(want).build()));
    }

    @Test
    void anIndexRenamedWithItsColumnIsARenameOfBoth() {
        assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note"),
                        new Change.RenameIndex(APP, "t", "t_remark_idx", "t_note_idx")),
                changes(live(table("t").id().columns(REMARK).indexes(index("t_remark_idx", "remark")).build()),
                        table("t").id().columns(NOTE).indexes(index("t_note_idx", "note")).build()));
    }

    @Test
    void aForeignKeyFollowsTheRenamedTableItReferences() {
        Table person = table("person").id().build();
        Table orders = table("orders").id().columns(col("person_id", "bigint"))
                .foreignKeys(fk("orders_person_fk", List.of("person_id"), "person", List.of("id"))).build();
        Table customer = table("customer").id().renamedFrom("person").build();
        Table ordersWanted = table("orders").id().columns(col("person_id", "bigint"))
                .foreignKeys(fk("orders_person_fk", List.of("person_id"), "customer", List.of("id"))).build();
        assertEquals(List.of(new RenameTable(APP, "person", "customer"),
                        new RenameConstraint(APP, "customer", "person_pkey", "customer_pkey")),
                changes(live(person, orders), customer, ordersWanted));
    }

    /**
     * A table renamed and its old name taken by a new table: the live person is the customer's, the person of the
     * YAML is new (created, never matched to the live one), and the foreign key that followed the rename stays.
     */
    @Test
    void aRenamedTablesOldNameTakenByANewTableIsANewTable() {
        Table person = table("person").id().build();
        Table orders = table("orders").id().columns(col("person_id", "bigint"))
                .foreignKeys(fk("orders_person_fk", List.of("person_id"), "person", List.of("id"))).build();
        Table customer = table("customer").id().renamedFrom("person").build();
        Table newPerson = table("person").id().columns(col("nickname", "text")).build();
        Table ordersWanted = table("orders").id().columns(col("person_id", "bigint"))
                .foreignKeys(fk("orders_person_fk", List.of("person_id"), "customer", List.of("id"))).build();
        assertEquals(List.of(new RenameTable(APP, "person", "customer"),
                        new RenameConstraint(APP, "customer", "person_pkey", "customer_pkey"),
                        new Change.CreateTable(APP, newPerson)),
                changes(live(person, orders), customer, newPerson, ordersWanted));
    }

    @Test
    void aForeignKeyFollowsRenamedColumnsOnBothSides() {
        Table parent = table("parent").columns(col("code", "text")).uniques(unique("parent_code_key", "code")).build();
        Table child = table("child").columns(col("parent_code", "text"))
                .foreignKeys(fk("child_parent_fk", List.of("parent_code"), "parent", List.of("code"))).build();
        Table parentWanted = table("parent").columns(col("key", "text").withRenamedFrom("code"))
                .uniques(unique("parent_code_key", "key")).build();
        Table childWanted = table("child").columns(col("parent_key", "text").withRenamedFrom("parent_code"))
                .foreignKeys(fk("child_parent_fk", List.of("parent_key"), "parent", List.of("key"))).build();
        assertEquals(List.of(new RenameColumn(APP, "child", "parent_code", "parent_key"),
                        new RenameColumn(APP, "parent", "code", "key")),
                changes(live(parent, child), parentWanted, childWanted));
    }

    @Test
    void aForeignKeyFollowsARenamedColumnOfARenamedTable() {
        Table person = table("person").columns(col("pid", "bigint")).uniques(unique("person_pid_key", "pid")).build();
        Table orders = table("orders").columns(col("person_id", "bigint"))
                .foreignKeys(fk("orders_person_fk", List.of("person_id"), "person", List.of("pid"))).build();
        Table customer = table("customer").columns(col("cid", "bigint").withRenamedFrom("pid"))
                .uniques(unique("person_pid_key", "cid")).renamedFrom("person").build();
        Table ordersWanted = table("orders").columns(col("person_id", "bigint"))
                .foreignKeys(fk("orders_person_fk", List.of("person_id"), "customer", List.of("cid"))).build();
        assertEquals(List.of(new RenameTable(APP, "person", "customer"),
                        new RenameColumn(APP, "customer", "pid", "cid")),
                changes(live(person, orders), customer, ordersWanted));
    }

    /**
     * A renamed_from that names a column the table defines again is a rename, and the old name a new column (GoTrue
     * renamed identities.id to provider_id and added a new id): the live constraints follow the renamed column, so
     * one the YAML keeps on the old name is made again over the new column.
     */
    @Test
    void aRenameFromANameTheTableDefinesAgainMovesTheConstraintsWithTheRenamedColumn() {
        Table live = table("t").id().columns(REMARK).uniques(unique("t_remark_key", "remark")).build();
        Column remark = col("remark", "text");
        Table want = table("t").id().columns(remark, NOTE).uniques(unique("t_remark_key", "remark")).build();
        assertEquals(List.of(new AddColumn(APP, "t", remark), new RenameColumn(APP, "t", "remark", "note"),
                        new Change.ReplaceConstraint(APP, "t", unique("t_remark_key", "note"),
                                unique("t_remark_key", "remark"))),
                changes(live(live), want));
    }
}
