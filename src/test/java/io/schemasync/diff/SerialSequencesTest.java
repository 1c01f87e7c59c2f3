package io.schemasync.diff;

import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.RenameSequence;
import io.schemasync.diff.Change.RenameTable;
import io.schemasync.model.Column;
import io.schemasync.model.Column.SerialSequence;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.db;
import static io.schemasync.diff.Models.schema;
import static io.schemasync.diff.Models.sequence;
import static io.schemasync.diff.Models.table;
import static io.schemasync.diff.Models.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * PostgreSQL knows a serial's sequence by its name, {@code <table>_<column>_seq}, and keeps that name when the table
 * or the column is renamed: the plan renames the sequence along with them, so the column stays a serial.
 */
class SerialSequencesTest {
    private static Column serial(String name, String sequence) {
        return Column.of(name, "serial", false).withSequence(new SerialSequence(sequence, "integer"));
    }

    private static final Column WANT_ID = Column.of("id", "serial", false);

    @Test
    void aRenamedTableRenamesTheSequenceOfItsSerial() {
        Table live = table("person").columns(serial("id", "person_id_seq")).build();
        Table want = table("customer").columns(WANT_ID).renamedFrom("person").build();
        assertEquals(List.of(new RenameTable(APP, "person", "customer"),
                        new RenameSequence(APP, "person_id_seq", "customer_id_seq", "customer.id")),
                Differ.diff(tables(live), tables(want)).changes());
    }

    @Test
    void aRenamedColumnRenamesTheSequenceOfItsSerial() {
        Table live = table("t").columns(serial("n", "t_n_seq")).build();
        Table want = table("t").columns(Column.of("number", "serial", false).withRenamedFrom("n")).build();
        assertEquals(List.of(new RenameColumn(APP, "t", "n", "number"),
                        new RenameSequence(APP, "t_n_seq", "t_number_seq", "t.number")),
                Differ.diff(tables(live), tables(want)).changes());
    }

    /** PostgreSQL would number it too: the name taken by another relation gets a digit. */
    @Test
    void aTakenNameGetsANumber() {
        Table live = table("person").columns(serial("id", "person_id_seq")).build();
        Table want = table("customer").columns(WANT_ID).renamedFrom("person").build();
        var changes = Differ.diff(db(schema().sequences(sequence("customer_id_seq")).tables(live).build()),
                db(schema().sequences(sequence("customer_id_seq")).tables(want).build())).changes();
        assertEquals(new RenameSequence(APP, "person_id_seq", "customer_id_seq1", "customer.id"), changes.get(1));
    }

    /** Without a rename, a serial's sequence keeps whatever name PostgreSQL accepted (a digit, a cut name). */
    @Test
    void aSerialThatIsNotRenamedKeepsItsSequence() {
        Table live = table("t").columns(serial("id", "t_id_seq1")).build();
        assertEquals(List.of(), Differ.diff(tables(live), tables(table("t").columns(WANT_ID).build())).changes());
    }

    /**
     * What an earlier rename left behind reads as an integer with a nextval() default of a sequence the column owns:
     * it is a serial again once its sequence has the name, and the sequence is not listed as unmanaged.
     */
    @Test
    void aSequenceLeftBehindByAnEarlierRenameIsTakenBack() {
        Table live = table("customer").columns(new Column("id", "integer", false,
                "nextval('person_id_seq'::regclass)", null, null, null, null, null)).build();
        var seq = sequence("person_id_seq").withOwnedBy("customer.id");
        var result = Differ.diff(db(schema().sequences(seq).tables(live).build()),
                db(schema().tables(table("customer").columns(WANT_ID).build()).build()));
        assertEquals(List.of(new RenameSequence(APP, "person_id_seq", "customer_id_seq", "customer.id")),
                result.changes());
        assertFalse(result.unmanaged().contains(ObjectRef.of(ObjectRef.Kind.SEQUENCE, APP, "person_id_seq")));
    }

    /** A column widened by hand (ALTER COLUMN TYPE bigint) keeps an integer sequence, which runs out first. */
    @Test
    void aSequenceNarrowerThanItsColumnIsAChange() {
        Column live = Column.of("id", "bigserial", false).withSequence(new SerialSequence("t_id_seq", "integer"));
        Column want = Column.of("id", "bigserial", false);
        assertEquals(List.of(new AlterColumn(APP, "t", live, want, Set.of(ColumnAspect.SEQUENCE))),
                Differ.diff(tables(table("t").columns(live).build()), tables(table("t").columns(want).build()))
                        .changes());
        Column wider = Column.of("id", "serial", false).withSequence(new SerialSequence("t_id_seq", "bigint"));
        assertEquals(List.of(), Differ.diff(tables(table("t").columns(wider).build()),
                tables(table("t").columns(Column.of("id", "serial", false)).build())).changes());
    }
}
