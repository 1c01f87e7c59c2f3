package io.schemasync.sql;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionSqlTest {
    @Test
    void keysAreQuotedColumnsOrParenthesizedExpressions() {
        assertEquals("RANGE (\"created_at\", (lower(name)))",
                PartitionSql.by("range", List.of("created_at", "lower(name)"), Set.of("created_at", "name")));
        assertEquals("HASH (\"Id\")", PartitionSql.by("hash", List.of("Id"), Set.of("Id")));
    }

    @Test
    void aKeyCannotEndTheStatement() {
        assertThrows(RefusedSqlException.class,
                () -> PartitionSql.by("range", List.of("id)); DROP TABLE x; --"), Set.of("id")));
    }

    @Test
    void boundsOfEachShape() {
        assertEquals("FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')",
                PartitionSql.values("from ('2026-01-01') to ('2026-02-01')"));
        assertEquals("FOR VALUES FROM (MINVALUE, 1) TO (10, MAXVALUE)",
                PartitionSql.values(" FROM (MINVALUE, 1)  TO (10, MAXVALUE) "));
        assertEquals("FOR VALUES IN ('a', 'b')", PartitionSql.values("IN ('a', 'b')"));
        assertEquals("FOR VALUES WITH (MODULUS 4, REMAINDER 1)", PartitionSql.values("with (MODULUS 4, REMAINDER 1)"));
        assertEquals("FOR VALUES IN ('x'')', NULL, 'a;b')", PartitionSql.in(Arrays.asList("x')", null, "a;b")));
        assertEquals("FOR VALUES WITH (modulus 8, remainder 3)", PartitionSql.hash(8, 3));
    }

    @Test
    void boundsRefuseAnythingElse() {
        for (String hostile : List.of("FROM (1) TO (2); DROP TABLE x", "FROM (1) TO (2)) DEFAULT", "IN (1) --",
                "IN (1) /* c */", "DEFAULT; DROP TABLE x", "FROM (1)", "FROM 1 TO 2", "IN ('a)", "TO (1) FROM (2)",
                "FROM (1) TO (2) TO (3)", "")) {
            assertThrows(IllegalArgumentException.class, () -> PartitionSql.values(hostile), hostile);
        }
    }

    @Test
    void serverTextReadBack() {
        assertEquals(List.of("a", "lower((b)::text)", "\"C,d\""), PartitionSql.keys("RANGE (a, lower((b)::text), \"C,d\")"));
        assertEquals(Arrays.asList("a,b", "it's", "1", null),
                PartitionSql.inValues("FOR VALUES IN ('a,b', 'it''s', 1, NULL)").orElseThrow());
        assertTrue(PartitionSql.inValues("FOR VALUES IN ((1 + 2))").isEmpty());
        assertEquals(4, PartitionSql.hashValues("FOR VALUES WITH (modulus 4, remainder 2)").orElseThrow()[0]);
        assertTrue(PartitionSql.hashValues("DEFAULT").isEmpty());
    }
}
