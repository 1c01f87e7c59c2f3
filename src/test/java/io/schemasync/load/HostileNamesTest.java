package io.schemasync.load;

import io.schemasync.model.Database;
import io.schemasync.model.IndexKey;
import io.schemasync.sql.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the loader refuses so that nothing reaches the server changed (issue 12): names PostgreSQL would cut short,
 * NUL bytes, and text trimmed of characters that PostgreSQL reads as letters.
 */
class HostileNamesTest {
    @TempDir
    Path dir;

    private List<String> errors(String yaml) {
        return new YamlFixture(dir).errors(yaml);
    }

    private static final String X64 = "t_" + "x".repeat(62);

    @Test
    void aTableNameOver63BytesIsRefusedWhereItIsWritten() {
        assertEquals(List.of("s.yaml:4:7: name \"" + X64 + "\" (a table in schema \"public\") is 64 bytes long;"
                + " PostgreSQL keeps at most 63 bytes of a name (UTF-8) and would cut it to \"" + X64.substring(0, 63)
                + "\" without an error, so it would never match the YAML again: shorten it to 63 bytes or fewer"),
                errors("""
                        schemas:
                          public:
                            tables:
                              %s:
                                columns:
                                  id: { type: bigint }
                        """.formatted(X64)));
    }

    /** 32 characters, 64 bytes: a count of characters would let it through. */
    @Test
    void bytesAreCountedNotCharacters() {
        String name = "é".repeat(32);
        List<String> errors = errors("""
                schemas:
                  public:
                    tables:
                      t:
                        columns:
                          %s: { type: text }
                """.formatted(name));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("s.yaml:6:11: name \"" + name + "\" (a column of table \"public.t\")"
                + " is 64 bytes long"), errors.getFirst());
        assertTrue(errors.getFirst().contains("would cut it to \"" + "é".repeat(31) + "\""), errors.getFirst());
    }

    @Test
    void everyNamedObjectIsChecked() {
        String n = "n_" + "x".repeat(62);
        List<String> errors = errors("""
                schemas:
                  %1$s:
                    enums:
                      %1$s: [a]
                      e: [a, %1$s]
                    sequences:
                      %1$s: {}
                  public:
                    tables:
                      t:
                        renamed_from: %1$s
                        columns:
                          id: { type: bigint, renamed_from: %1$s, collation: %1$s }
                        primary_key: { name: %1$s, columns: [id] }
                        checks:
                          %1$s: id > 0
                        indexes:
                          %1$s: { columns: [id] }
                        foreign_keys:
                          fk: { columns: [id], references: "other.%1$s(id)" }
                """.formatted(n));
        List<String> places = errors.stream().map(e -> e.substring(0, e.indexOf(": name"))).toList();
        // schema, enum, enum value, sequence, renamed_from of the table and of the column, collation, primary key,
        // check, index, a name in references
        assertEquals(List.of("s.yaml:2:3", "s.yaml:4:7", "s.yaml:5:14", "s.yaml:7:7", "s.yaml:11:23", "s.yaml:13:45",
                "s.yaml:13:122", "s.yaml:14:30", "s.yaml:16:11", "s.yaml:18:11", "s.yaml:20:44"), places);
    }

    @Test
    void namesInsideIndexKeysAreChecked() {
        String n = "n_" + "x".repeat(62);
        List<String> errors = errors("""
                schemas:
                  public:
                    tables:
                      t:
                        columns:
                          note: { type: text }
                        indexes:
                          i: { columns: ['note collate "%1$s"', "note %1$s"], using: %1$s }
                """.formatted(n));
        assertEquals(List.of("the collation of a key of", "the operator class of a key of", "using of"),
                errors.stream().map(e -> e.substring(e.indexOf("\" (") + 3, e.indexOf(" index"))).toList(), errors.toString());
    }

    @Test
    void theDefaultPrimaryKeyNameIsCutAsPostgreSQLCutsIt() throws SchemaException {
        String table = "t_" + "x".repeat(61);
        Database db = new YamlFixture(dir).load("""
                schemas:
                  public:
                    tables:
                      %s:
                        columns:
                          id: { type: bigint }
                        primary_key: [id]
                """.formatted(table));
        String name = db.table("public", table).orElseThrow().primaryKey().name();
        assertEquals(table.substring(0, 58) + "_pkey", name);
        assertEquals(name, Identifiers.defaultName(table, "pkey"));
    }

    @Test
    void nulBytesAreRefusedInKeysAndValuesOnce() {
        assertEquals(List.of(
                "s.yaml:4:7: \"t\\u0000x\" contains a NUL byte (\\0), which PostgreSQL cannot store in a name, a string"
                        + " or SQL text; remove it",
                "s.yaml:6:38: \"'a\\u0000'\" contains a NUL byte (\\0), which PostgreSQL cannot store in a name, a"
                        + " string or SQL text; remove it"),
                errors("""
                        schemas:
                          public:
                            tables:
                              "t\\0x":
                                columns:
                                  id: { type: text, default: "'a\\0'" }
                        """));
    }

    /** U+3000 is a letter to PostgreSQL: trimmed away, it would turn a name and a string into an escape string. */
    @Test
    void checksAndIndexKeysKeepLeadingIdeographicSpace() {
        List<String> errors = errors("""
                schemas:
                  public:
                    tables:
                      t:
                        columns:
                          note: { type: text }
                        checks:
                          c: "\\u3000e'\\\\' ; SELECT 1; --'"
                        indexes:
                          i: { columns: ["\\u3000e'\\\\' ; SELECT 1; --'"] }
                """);
        assertEquals(2, errors.size(), errors.toString());
        errors.forEach(e -> assertTrue(e.contains("\u3000e'\\' ; SELECT 1; --'\" contains ';'"), e));
    }

    @Test
    void anIndexKeyIsNotCutAtAVerticalTab() {
        IndexKey key = IndexKeys.parse("note\u000bdesc", Set.of("note"));
        assertEquals("note\u000bdesc", key.expression());
    }

    @Test
    void controlCharactersInMessagesAreShownEscaped() {
        Diagnostic d = new Diagnostic(Path.of("s.yaml"), 1, 2, "name \"a\nb\u001b[2K\" is wrong");
        assertEquals("s.yaml:1:2: name \"a\\u000ab\\u001b[2K\" is wrong", d.toString());
    }
}
