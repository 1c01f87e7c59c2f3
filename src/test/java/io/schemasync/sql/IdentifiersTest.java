package io.schemasync.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names as PostgreSQL measures and cuts them: bytes of UTF-8, never half a character. */
class IdentifiersTest {
    @Test
    void lengthIsInBytes() {
        assertEquals(63, Identifiers.bytes("€".repeat(21)));
        assertEquals(64, Identifiers.bytes("é".repeat(32)));
    }

    @Test
    void truncateDropsAWholeCharacterAtTheLimit() {
        assertEquals("a".repeat(63), Identifiers.truncate("a".repeat(70)));
        assertEquals("é".repeat(31), Identifiers.truncate("é".repeat(32)));
        assertEquals("x" + "€".repeat(20), Identifiers.truncate("x" + "€".repeat(21)));
        assertEquals("short", Identifiers.truncate("short"));
    }

    /** makeObjectName in indexcmds.c: the table's part is cut so that table_label fits in 63 bytes. */
    @Test
    void defaultNameCutsTheTablePart() {
        assertEquals("users_pkey", Identifiers.defaultName("users", "pkey"));
        assertEquals("t".repeat(58) + "_pkey", Identifiers.defaultName("t".repeat(63), "pkey"));
        assertEquals("€".repeat(19) + "_pkey", Identifiers.defaultName("€".repeat(21), "pkey"));
    }

    /** makeObjectName with two names: the longer one is cut first, as for PostgreSQL 18's table_column_not_null. */
    @Test
    void defaultNameOfTwoCutsTheLongerFirst() {
        assertEquals("customer_email_not_null", Identifiers.defaultName("customer", "email", "not_null"));
        String name = Identifiers.defaultName("t".repeat(60), "col", "not_null");
        assertEquals("t".repeat(50) + "_col_not_null", name);
        assertEquals(63, Identifiers.bytes(name));
        assertEquals("a".repeat(27) + "_" + "b".repeat(26) + "_not_null",
                Identifiers.defaultName("a".repeat(40), "b".repeat(40), "not_null"));
    }

    /** A derived name fits; when cut, a hash of the whole name keeps two long names apart. */
    @Test
    void derivedNamesFitAndStayApart() {
        assertEquals("idx_schemasync_new", Identifiers.derived("idx", "_schemasync_new"));
        String a = Identifiers.derived("i".repeat(60) + "a", "_schemasync_new");
        String b = Identifiers.derived("i".repeat(60) + "b", "_schemasync_new");
        assertEquals(63, Identifiers.bytes(a));
        assertTrue(a.endsWith("_schemasync_new") && !a.equals(b), a + " / " + b);
        assertTrue(Identifiers.bytes(Identifiers.derived("€".repeat(21), "_schemasync_old")) <= 63);
    }

    /** ChooseRelationName(table, column, "seq"): the longer part is cut first; a taken name gets a number. */
    @Test
    void serialSequenceNamesAreWhatPostgresqlChooses() {
        assertEquals("customer_id_seq", Identifiers.serialSequenceName("customer", "id", n -> false));
        assertEquals("customer_id_seq1", Identifiers.serialSequenceName("customer", "id", "customer_id_seq"::equals));
        assertEquals("customer_id_seq2", Identifiers.serialSequenceName("customer", "id",
                n -> n.equals("customer_id_seq") || n.equals("customer_id_seq1")));
        assertEquals("t".repeat(56) + "_id_seq", Identifiers.serialSequenceName("t".repeat(63), "id", n -> false));
        assertEquals("a".repeat(29) + "_" + "b".repeat(29) + "_seq",
                Identifiers.serialSequenceName("a".repeat(40), "b".repeat(40), n -> false));
        assertEquals("€".repeat(9) + "_" + "é".repeat(14) + "_seq",
                Identifiers.serialSequenceName("€".repeat(21), "é".repeat(31), n -> false));
    }
}
