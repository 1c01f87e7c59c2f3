package io.schemasync.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls found in SQL text (a default, a view's query, a function's body), and calls renamed in it. */
class SqlTextCallsTest {
    @Test
    void callsAreNamesDirectlyFollowedByAParenthesis() {
        assertEquals(List.of(List.of("total_for"), List.of("app", "fmt"), List.of("My Fn"), List.of("coalesce")),
                SqlText.calls("total_for(id) + App.fmt (x) || \"My Fn\"(y) || coalesce(z, 'f(1)') || t.col"));
    }

    /** A function's body may use parameters and put a comment after a string; a reading for names allows both. */
    @Test
    void bodiesWithParametersAreRead() {
        assertEquals(List.of(List.of("count"), List.of("helper")),
                SqlText.calls("SELECT count(*) FROM t WHERE a = $1 AND helper($2) -- 'x'\n"));
        List<List<String>> names = SqlText.bodyNames("SELECT * FROM Orders o WHERE o.id = $1");
        assertEquals(true, names.contains(List.of("orders")), names.toString());
        assertEquals(true, names.contains(List.of("o", "id")), names.toString());
        assertEquals(List.of(), SqlText.bodyNames("SELECT 'unterminated"));
    }

    @Test
    void renamesTheCallsItIsTold() {
        assertEquals("new_ref() || app.\"Full Name\"(a, b) || other(x) || old_ref",
                SqlText.replaceCalls("old_ref() || app.fullname(a, b) || other(x) || old_ref", (schema, name) ->
                        name.equals("old_ref") ? "new_ref" : name.equals("fullname") && "app".equals(schema)
                                ? "Full Name" : null));
        assertEquals("'old_ref()'", SqlText.replaceCalls("'old_ref()'", (schema, name) -> "x"));
    }
}
