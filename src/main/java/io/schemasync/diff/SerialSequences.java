package io.schemasync.diff;

import io.schemasync.diff.Change.RenameSequence;
import io.schemasync.model.Column;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.TypeName;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sequences behind serial columns, which PostgreSQL recognises by name: {@code <table>_<column>_seq}. It does
 * not rename the sequence when the table or the column is renamed, so the plan renames it along with them (as
 * Rails' rename_table does), and the column stays a serial that a database built from the YAML would have too.
 * A serial whose sequence was left behind by an earlier rename (the column reads as an integer whose default is
 * nextval() of a sequence it owns) is recognised and repaired the same way.
 */
final class SerialSequences {
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");

    /** Relation names of the live schema, and the names this plan gives sequences: a new name must be free. */
    private final Set<String> taken = new HashSet<>();

    SerialSequences(Schema live) {
        live.tables().forEach(t -> {
            taken.add(t.name());
            t.indexes().forEach(ix -> taken.add(ix.name()));
            t.constraints().forEach(c -> taken.add(c.name()));
            t.columns().stream().map(Column::sequence).filter(s -> s != null).forEach(s -> taken.add(s.name()));
        });
        live.sequences().forEach(s -> taken.add(s.name()));
    }

    /**
     * The rename that keeps {@code want} a serial of table {@code table}: its live sequence (named after an older
     * name of the table or the column) gets the name PostgreSQL gives a new one; empty when the name is right.
     */
    Optional<RenameSequence> rename(String schema, String table, String sequence, Column want) {
        String expected = Identifiers.serialSequenceName(table, want.name(), name -> false);
        if (sequence.equals(expected)) return Optional.empty();
        taken.remove(sequence);
        String to = Identifiers.serialSequenceName(table, want.name(), taken::contains);
        taken.add(to);
        return Optional.of(new RenameSequence(schema, sequence, to, table + "." + want.name()));
    }

    /**
     * A live column that is a serial under another sequence name: the type serial stands for, a default
     * {@code nextval()} of a sequence of the schema that the column owns (OWNED BY), and a serial in the YAML.
     */
    static Optional<Sequence> strayed(Schema live, Table have, Column old, Column want) {
        if (!want.isSerial() || old.isSerial() || !old.type().equals(want.storedType()) || old.defaultExpr() == null
                || old.identity() != null || old.generated() != null) {
            return Optional.empty();
        }
        Matcher m = NEXTVAL.matcher(old.defaultExpr());
        if (!m.matches()) return Optional.empty();
        TypeName seq = TypeName.of(m.group(1).replace("''", "'"));
        if (seq.schema() != null && !seq.schema().equals(live.name())) return Optional.empty();
        return live.sequence(seq.name()).filter(s -> (have.name() + "." + old.name()).equals(s.ownedBy()));
    }

    /** The sequences of the live schema that {@link #strayed} finds for the columns of the wanted tables. */
    static Set<String> strayed(Schema live, Schema want) {
        Set<String> out = new HashSet<>();
        var renamedTables = Renames.tableRenames(live, want);
        for (Table t : want.tables()) {
            Table have = Renames.liveTable(live, renamedTables, t);
            if (have == null) continue;
            var renamed = Renames.columnRenames(have, t);
            for (Column c : t.columns()) {
                Renames.liveColumn(have, renamed, c).flatMap(old -> strayed(live, have, old, c))
                        .ifPresent(s -> out.add(s.name()));
            }
        }
        return out;
    }
}
