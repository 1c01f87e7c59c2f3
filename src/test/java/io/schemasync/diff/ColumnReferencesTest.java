package io.schemasync.diff;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Renamed columns in the server's deparsed text, and only columns. */
class ColumnReferencesTest {
    private static String rename(String text, String from, String to) {
        return ColumnReferences.rename(text, Map.of(from, to));
    }

    @Test
    void aColumnIsRenamedWhereverItStands() {
        assertEquals("lower(email)", rename("lower(mail)", "mail", "email"));
        assertEquals("((email ~~ '%@%'::text) AND (length(email) < 200))",
                rename("((mail ~~ '%@%'::text) AND (length(mail) < 200))", "mail", "email"));
        assertEquals("(deleted_at IS NULL)", rename("(deleted_at IS NULL)", "mail", "email"));
    }

    @Test
    void quotedNamesAreReadAndWrittenAsTheServerPrintsThem() {
        assertEquals("lower(display_name)", rename("lower(\"Display Name\")", "Display Name", "display_name"));
        assertEquals("lower(\"Display Name\")", rename("lower(display_name)", "display_name", "Display Name"));
        assertEquals("(\"order\" + 1)", rename("(n + 1)", "n", "order"));
    }

    @Test
    void functionsTypesFieldsCollationsAndArgumentsAreNotColumns() {
        assertEquals("zone(x)", rename("zone(x)", "zone", "region"));
        assertEquals("(region)::zone", rename("(zone)::zone", "zone", "region"));
        assertEquals("(t)::timestamp with time zone", rename("(t)::timestamp with time zone", "zone", "region"));
        assertEquals("(t)::character varying(20)", rename("(t)::character varying(20)", "varying", "v"));
        assertEquals("(region).zone", rename("(zone).zone", "zone", "region"));
        assertEquals("public.zone(region)", rename("public.zone(zone)", "zone", "region"));
        assertEquals("(region COLLATE zone)", rename("(zone COLLATE zone)", "zone", "region"));
        assertEquals("f(zone => region)", rename("f(zone => zone)", "zone", "region"));
    }

    @Test
    void keywordsStringsAndCommentsAreLeftAlone() {
        assertEquals("(deleted_at AT TIME ZONE region)", rename("(deleted_at AT TIME ZONE zone)", "zone", "region"));
        assertEquals("(region = 'zone'::text)", rename("(zone = 'zone'::text)", "zone", "region"));
    }

    @Test
    void renamesAreSimultaneous() {
        assertEquals("(b - a)", ColumnReferences.rename("(a - b)", Map.of("a", "b", "b", "a")));
    }

    @Test
    void textTheLexerRefusesIsKept() {
        assertEquals("f($1)", rename("f($1)", "x", "y"));
    }
}
