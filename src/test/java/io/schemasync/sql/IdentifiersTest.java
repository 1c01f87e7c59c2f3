package io.schemasync.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
