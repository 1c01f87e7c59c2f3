package io.schemasync.diff;

import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.check;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.expressionIndex;
import static io.schemasync.diff.Models.fk;
import static io.schemasync.diff.Models.ref;
import static io.schemasync.diff.Models.table;
import static io.schemasync.diff.Models.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The diff compares canonical text (as the server prints it); the changes carry the expressions as the YAML wrote
 * them. Types, names and everything that is not SQL text stay canonical.
 */
class AsWrittenTest {
    private static Change.Result result(Change... changes) {
        return new Change.Result(List.of(changes), List.of(), List.of());
    }

    private static List<Change> asWritten(Database written, Change... canonical) {
        return AsWritten.apply(result(canonical), written).changes();
    }

    private static Column column(String name, String type, String defaultExpr, String generated) {
        return new Column(name, type, true, defaultExpr, null, generated, null, null, null);
    }

    @Test
    void anAddedColumnGetsItsDefaultAsWritten() {
        Column canonical = column("status", "character varying(10)", "'new'::character varying", null);
        Column written = column("status", "varchar(10)", "'new'", null);
        assertEquals(List.of(new AddColumn(APP, "t", column("status", "character varying(10)", "'new'", null))),
                asWritten(tables(table("t").columns(written).build()), new AddColumn(APP, "t", canonical)));
    }

    @Test
    void anAlteredColumnGetsItsNewDefaultAndGeneratedAsWrittenAndKeepsTheOld() {
        Column from = column("total", "integer", null, null);
        Column to = column("total", "integer", null, "(price * qty)");
        Column written = column("total", "int", null, "price*qty");
        Set<ColumnAspect> aspects = Set.of(ColumnAspect.GENERATED);
        assertEquals(List.of(new AlterColumn(APP, "t", from, column("total", "integer", null, "price*qty"), aspects)),
                asWritten(tables(table("t").columns(written).build()), new AlterColumn(APP, "t", from, to, aspects)));
    }

    @Test
    void aDefaultTheYamlDoesNotHaveStaysCanonical() {
        Column canonical = column("n", "integer", "0", null);
        Change add = new AddColumn(APP, "t", canonical);
        assertEquals(List.of(add), asWritten(tables(table("t").columns(column("n", "integer", null, null)).build()), add));
        assertEquals(List.of(add), asWritten(tables(), add), "no such table in the YAML");
        assertEquals(List.of(add), asWritten(tables(table("t").build()), add), "no such column in the YAML");
    }

    @Test
    void aCreatedTableGetsItsExpressionsAsWritten() {
        Column canonicalCol = column("n", "integer", "(1 + 1)", null);
        Index canonicalIx = new Index("t_expr_idx", false, "btree", List.of(IndexKey.column("n"),
                new IndexKey("(n * 2)", false, null, null, true, true)), List.of(), "(n > 0)", false, null);
        ForeignKey parent = fk("t_fk", List.of("n"), "p", List.of("id"));
        Table canonical = table("t").columns(canonicalCol).checks(check("t_n_check", "(n > 0)"))
                .foreignKeys(parent).indexes(canonicalIx).comment("numbers").build();
        Table written = table("t").columns(column("n", "int", "1+1", null)).checks(check("t_n_check", "n>0"))
                .foreignKeys(parent).indexes(new Index("t_expr_idx", false, "btree", List.of(IndexKey.column("n"),
                        new IndexKey("n*2", false, null, null, false, false)), List.of(), "n>0", false, null)).build();
        Table expected = table("t").columns(column("n", "integer", "1+1", null)).checks(check("t_n_check", "n>0"))
                .foreignKeys(parent).indexes(new Index("t_expr_idx", false, "btree", List.of(IndexKey.column("n"),
                        new IndexKey("n*2", false, null, null, true, true)), List.of(), "n>0", false, null))
                .comment("numbers").build();
        assertEquals(List.of(new CreateTable(APP, expected), new AddConstraint(APP, "t", parent)),
                asWritten(tables(written), new CreateTable(APP, canonical), new AddConstraint(APP, "t", parent)));
    }

    @Test
    void checksGetTheirExpressionAsWritten() {
        CheckConstraint from = check("t_n_check", "(n > 0)");
        CheckConstraint to = check("t_n_check", "(n > 1)");
        Database written = tables(table("t").checks(check("t_n_check", "n>1")).build());
        assertEquals(List.of(new AddConstraint(APP, "t", check("t_n_check", "n>1")),
                        new ReplaceConstraint(APP, "t", from, check("t_n_check", "n>1"))),
                asWritten(written, new AddConstraint(APP, "t", to), new ReplaceConstraint(APP, "t", from, to)));
    }

    @Test
    void indexesGetExpressionKeysAndPredicateAsWritten() {
        Index from = expressionIndex("t_lower_idx", "upper(email)");
        Index to = expressionIndex("t_lower_idx", "lower(email)");
        Database written = tables(table("t").indexes(expressionIndex("t_lower_idx", "LOWER(email)")).build());
        Index expected = expressionIndex("t_lower_idx", "LOWER(email)");
        assertEquals(List.of(new CreateIndex(APP, "t", expected), new ReplaceIndex(APP, "t", from, expected)),
                asWritten(written, new CreateIndex(APP, "t", to), new ReplaceIndex(APP, "t", from, to)));
    }

    @Test
    void anIndexWhoseKeysDoNotLineUpStaysCanonical() {
        Index canonical = expressionIndex("t_idx", "lower(email)");
        Index written = new Index("t_idx", false, "btree", List.of(new IndexKey("LOWER(email)", false, null, null,
                false, false), IndexKey.column("id")), List.of(), null, false, null);
        Change create = new CreateIndex(APP, "t", canonical);
        assertEquals(List.of(create), asWritten(tables(table("t").indexes(written).build()), create));
    }

    @Test
    void otherChangesAndTheReportPassThrough() {
        Change drop = new DropColumn(APP, "t", column("n", "integer", "0", null));
        List<ObjectRef> inSync = List.of(ref(Kind.TABLE, "u"));
        List<ObjectRef> unmanaged = List.of(ref(Kind.VIEW, "v"));
        Change.Result diff = new Change.Result(List.of(drop), inSync, unmanaged);
        assertEquals(diff, AsWritten.apply(diff, tables(table("t").columns(column("n", "integer", "00", null)).build())));
    }

    @Test
    void onADifferItsResultIsTheSameChangesWithTheWrittenText() {
        Database live = tables(table("t").columns(col("n", "integer")).build());
        Database canonical = tables(table("t").columns(column("n", "integer", "(1 + 1)", null)).build());
        Database written = tables(table("t").columns(column("n", "int", "1+1", null)).build());
        Change.Result result = AsWritten.apply(Differ.diff(live, canonical), written);
        assertEquals(List.of(new AlterColumn(APP, "t", col("n", "integer"), column("n", "integer", "1+1", null),
                Set.of(ColumnAspect.DEFAULT))), result.changes());
    }
}
