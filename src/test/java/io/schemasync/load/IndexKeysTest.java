package io.schemasync.load;

import io.schemasync.model.IndexKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexKeysTest {
    private static final Set<String> COLUMNS = Set.of("id", "name", "title", "created_at", "Mixed Case", "desc", "a");

    private static IndexKey parse(String written) {
        return IndexKeys.parse(written, COLUMNS);
    }

    @Test
    void parsesTheTrailingOptionsOffTheEnd() {
        assertEquals(IndexKey.column("id"), parse("id"));
        assertEquals(new IndexKey("id", true, null, null, true, true), parse("id desc"));
        assertEquals(new IndexKey("id", true, null, null, false, false), parse("id ASC"));
        assertEquals(new IndexKey("created_at", true, null, null, true, false), parse("created_at desc nulls last"));
        assertEquals(new IndexKey("created_at", true, null, null, false, true), parse("created_at NULLS FIRST"));
        assertEquals(new IndexKey("name", true, null, "text_pattern_ops", false, false), parse("name text_pattern_ops"));
        assertEquals(new IndexKey("title", true, "C", null, false, false), parse("title collate \"C\""));
        assertEquals(new IndexKey("title", true, "C", null, false, false), parse("title COLLATE C"));
        assertEquals(new IndexKey("title", true, "en-US", "public.my_ops", true, false),
                parse("title collate \"en-US\" public.my_ops desc nulls last"));
        assertEquals(new IndexKey("Mixed Case", true, null, null, true, true), parse("\"Mixed Case\" desc"));
        assertEquals(IndexKey.column("desc"), parse("desc"));
        assertEquals(IndexKey.column("desc"), parse("\"desc\""));
    }

    @Test
    void expressionsStayExpressions() {
        assertEquals(new IndexKey("lower(name)", false, null, null, true, true), parse("lower(name) desc"));
        assertEquals(new IndexKey("a + b", false, null, null, false, false), parse("a + b"));
        assertEquals(new IndexKey("(a || b)", false, null, "text_ops", false, false), parse("(a || b) text_ops"));
        assertEquals(new IndexKey("x::text", false, null, null, false, false), parse("x::text"));
        assertEquals(new IndexKey("nope", false, null, null, false, false), parse("nope"));
    }

    @Test
    void formatReadsBackAsTheSameKey() {
        for (IndexKey key : List.of(IndexKey.column("id"), new IndexKey("id", true, null, null, true, true),
                new IndexKey("id", true, null, null, true, false), new IndexKey("id", true, null, null, false, true),
                new IndexKey("Mixed Case", true, "C", "text_pattern_ops", true, false),
                new IndexKey("desc", true, null, null, false, false),
                new IndexKey("lower(name)", false, "de \"x\"", null, false, false))) {
            assertEquals(key, parse(IndexKeys.format(key)));
        }
    }

    @Test
    void referencesGrammar() {
        assertEquals(Optional.of(new References(null, "customer", List.of("id"))), References.parse("customer(id)"));
        assertEquals(Optional.of(new References("billing", "acct", List.of("id", "region"))),
                References.parse(" billing . acct ( id , region ) "));
        assertEquals(Optional.of(new References(null, "order", null)), References.parse("order"));
        assertEquals(Optional.of(new References("a.b", "my \"t\"", List.of("c,d"))),
                References.parse("\"a.b\".\"my \"\"t\"\"\"(\"c,d\")"));
        assertEquals(Optional.empty(), References.parse("customer(id"));
        assertEquals(Optional.empty(), References.parse("a.b.c(id)"));
        assertEquals(Optional.empty(), References.parse("customer()"));
        assertEquals(Optional.empty(), References.parse(""));
        assertEquals("\"a.b\".\"my \"\"t\"\"\"(\"c,d\", e)", References.format("a.b", "my \"t\"", List.of("c,d", "e")));
    }
}
