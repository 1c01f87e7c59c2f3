package io.schemasync.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fingerprint says whether a model changed, and what: per column, constraint, index and table attribute. */
class FingerprintTest {
    private static Database db(Table... tables) {
        return new Database(List.of(new Schema("public", null, List.of(), List.of(), List.of(), List.of(tables),
                List.of())));
    }

    private static Table users(Column... extra) {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.of("id", "bigint", false)));
        columns.addAll(List.of(extra));
        return new Table("users", columns, null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void theSameModelHasTheSameFingerprint() {
        Fingerprint a = Fingerprint.of(db(users()), List.of());
        assertTrue(a.sameAs(Fingerprint.of(db(users()), List.of())));
        assertEquals(64, a.sha256().length());
    }

    @Test
    void aChangeIsNamed() {
        Fingerprint before = Fingerprint.of(db(users(Column.of("name", "text", true))),
                List.of(ObjectRef.of(ObjectRef.Kind.VIEW, "public", "v")));
        Fingerprint after = Fingerprint.of(db(users(Column.of("name", "varchar(10)", true),
                Column.of("nick", "text", true))), List.of());
        assertFalse(after.sameAs(before));
        assertEquals("column public.users.name changed; column public.users.nick added; table public.users changed;"
                + " view public.v removed", after.changesSince(before));
    }

    @Test
    void aLongListIsCut() {
        List<Column> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) many.add(Column.of("c" + (char) ('a' + i), "text", true));
        Fingerprint after = Fingerprint.of(db(users(many.toArray(Column[]::new))), List.of());
        String text = after.changesSince(Fingerprint.of(db(users()), List.of()));
        assertTrue(text.endsWith("; and 3 more"), text);
    }
}
