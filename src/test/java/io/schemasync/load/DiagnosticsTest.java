package io.schemasync.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of problem, with the exact file:line:col people will see. */
class DiagnosticsTest {
    @TempDir
    Path dir;

    private YamlFixture fixture() {
        return new YamlFixture(dir);
    }

    private List<String> errors(String yaml) {
        return fixture().errors(yaml);
    }

    private static final String USERS = """
            schemas:
              public:
                tables:
                  users:
                    columns:
            """;

    @Test
    void unknownKeyWithSuggestion() {
        assertEquals(List.of("s.yaml:6:32: unknown key \"nulable\" in column \"email\" of table \"public.users\" "
                + "(did you mean \"nullable\"?)"), errors(USERS + "          email: { type: text, nulable: false }\n"));
    }

    @Test
    void unknownKeyWithoutSuggestionListsTheAllowedKeys() {
        assertEquals(List.of("s.yaml:1:1: unknown key \"tables\" in the file (a schema file starts with "
                + "\"schemas:\") (allowed: schemas, version)"), errors("tables: {}\n"));
    }

    @Test
    void wrongValueTypes() {
        assertEquals(List.of(
                "s.yaml:6:38: nullable of column \"a\" of table \"public.users\" must be true or false, not a string "
                        + "(\"maybe\")",
                "s.yaml:7:14: column \"b\" of table \"public.users\" must be a map (key: value), not a list",
                "s.yaml:8:37: comment of column \"c\" of table \"public.users\" must be a single value, not a list"),
                errors(USERS + """
                                  a: { type: text, nullable: maybe }
                                  b: [text]
                                  c: { type: text, comment: [x] }
                        """));
    }

    @Test
    void enumValuedKeysListTheAllowedValues() {
        assertEquals(List.of(
                "s.yaml:6:41: identity of column \"id\" of table \"public.users\" must be one of always, by_default, "
                        + "not \"alwayz\" (did you mean \"always\"?)",
                "s.yaml:8:66: on_delete of foreign key \"fk\" of table \"public.users\" must be one of no_action, "
                        + "restrict, cascade, set_null, set_default, not \"explode\"",
                "s.yaml:10:39: using of index \"ix\" of table \"public.users\" must be an index method (btree, hash, "
                        + "gist, spgist, gin, brin, or one an extension adds), not \"gni\" (did you mean \"gin\"?)"),
                errors(USERS + """
                                  id: { type: bigint, identity: alwayz }
                                foreign_keys:
                                  fk: { columns: [id], references: users(id), on_delete: explode }
                                indexes:
                                  ix: { columns: [id], using: gni }
                        """));
    }

    @Test
    void duplicateKeysAndSyntaxErrors() {
        assertEquals(List.of("s.yaml:7:11: duplicate key \"a\" (first defined at line 6); remove one of them"),
                errors(USERS + "          a: { type: text }\n          a: { type: int }\n"));
        assertEquals(List.of("s.yaml:7:1: YAML syntax error: expected ',' or '}', but got <stream end> (while "
                + "parsing a flow mapping at line 6)"), errors(USERS + "          a: { type: text\n"));
    }

    @Test
    void aliasesAndSeveralDocumentsAreRefused() {
        assertEquals(List.of("s.yaml:3:29: YAML aliases (*v) are not supported; write the value out"),
                errors("schemas:\n  public:\n    enums: { e: [&v a], f: [*v] }\n"));
        assertEquals(List.of("s.yaml:3:1: a schema file holds one YAML document; split it into files instead of "
                + "using \"---\""), errors("schemas: {}\n---\nschemas: {}\n"));
    }

    @Test
    void theSameObjectInTwoFilesNamesBothPlaces() {
        fixture().write("a.yaml", "schemas:\n  public:\n    comment: one\n    tables:\n      t: {}\n");
        fixture().write("b.yaml", "schemas:\n  public:\n    comment: two\n    enums: { e: [x] }\n    tables:\n"
                + "      t: {}\n");
        fixture().write("c.yaml", "schemas:\n  public:\n    enums:\n      e: [y]\n");
        String a = dir.resolve("a.yaml").toString().replace('\\', '/');
        String b = dir.resolve("b.yaml").toString().replace('\\', '/');
        assertEquals(List.of(
                "b.yaml:3:5: the comment of schema \"public\" is defined twice: here and at " + a + ":3:5; keep one "
                        + "definition",
                "b.yaml:6:7: table \"public.t\" is defined twice: here and at " + a + ":5:7; keep one definition",
                "c.yaml:4:7: enum \"public.e\" is defined twice: here and at " + b + ":4:14; keep one definition"),
                fixture().errorsOfDir());
    }

    @Test
    void foreignKeyTargetsMustExist() {
        assertEquals(List.of(
                "s.yaml:10:47: foreign key \"a_fk\" of table \"public.users\" references table \"public.user\", which "
                        + "is not defined (did you mean \"users\"?)",
                "s.yaml:11:47: foreign key \"b_fk\" of table \"public.users\" references column \"idd\", which table "
                        + "\"public.users\" does not have (did you mean \"id\"?)",
                "s.yaml:12:47: foreign key \"c_fk\" of table \"public.users\" has 1 column(s) but references 2; the "
                        + "lists must match one to one",
                "s.yaml:13:29: foreign key \"d_fk\" of table \"public.users\" names column \"nope\", which the table "
                        + "does not have",
                "s.yaml:14:47: foreign key \"e_fk\" of table \"public.users\" references table \"public.nokey\", "
                        + "which has no primary key; name the referenced columns: nokey(column)"),
                errors(USERS + """
                                  id: { type: bigint }
                                  ref: { type: bigint }
                                primary_key: [id]
                                foreign_keys:
                                  a_fk: { columns: [ref], references: user(id) }
                                  b_fk: { columns: [ref], references: users(idd) }
                                  c_fk: { columns: [ref], references: "users(id, ref)" }
                                  d_fk: { columns: [nope], references: users(id) }
                                  e_fk: { columns: [ref], references: nokey }
                              nokey: { columns: { x: { type: int } } }
                        """));
    }

    @Test
    void keysAndIndexesMustNameExistingColumns() {
        assertEquals(List.of(
                "s.yaml:8:23: the primary key of table \"public.users\" names column \"idd\", which the table does "
                        + "not have (did you mean \"id\"?)",
                "s.yaml:10:15: unique constraint \"u\" of table \"public.users\" names column \"emial\", which the "
                        + "table does not have (did you mean \"email\"?)",
                "s.yaml:12:27: index \"ix\" of table \"public.users\" names column \"emial\", which the table does "
                        + "not have (did you mean \"email\"?)",
                "s.yaml:12:61: index \"ix\" (include) of table \"public.users\" names column \"x\", which the table "
                        + "does not have"),
                errors(USERS + """
                                  id: { type: bigint }
                                  email: { type: text }
                                primary_key: [idd]
                                unique:
                                  u: [emial]
                                indexes:
                                  ix: { columns: [emial, "lower(email)"], include: [x] }
                                  ok: { columns: ["lower(id::text)", id desc, '"email" text_pattern_ops'] }
                        """));
    }

    @Test
    void namesThatMustBeUnique() {
        assertEquals(List.of(
                "s.yaml:4:7: enum \"public.t\" has the same name as table \"public.t\" (a table's row type is a type "
                        + "too); rename one",
                "s.yaml:12:11: constraint name \"k\" is used twice in table \"public.t\" (unique and check); rename one",
                "s.yaml:14:11: index \"t\" of table \"public.t\" is named \"t\" like table \"public.t\"; PostgreSQL "
                        + "requires table, sequence, index and key names to be unique within schema \"public\", "
                        + "rename one",
                "s.yaml:18:11: index \"t_pkey\" of table \"public.u\" is named \"t_pkey\" like the primary key of "
                        + "table \"public.t\"; PostgreSQL requires table, sequence, index and key names to be unique "
                        + "within schema \"public\", rename one"),
                errors("""
                        schemas:
                          public:
                            tables:
                              t:
                            enums:
                              t: [a]
                            tables:
                        """.replace("    tables:\n      t:\n    enums:\n      t: [a]\n    tables:\n",
                        "    enums:\n      t: [a]\n    tables:\n      t:\n") + """
                                columns: { a: { type: int } }
                                primary_key: [a]
                                unique:
                                  k: [a]
                                checks:
                                  k: a > 0
                                indexes:
                                  t: { columns: [a] }
                              u:
                                columns: { a: { type: int } }
                                indexes:
                                  t_pkey: { columns: [a] }
                        """));
    }

    @Test
    void typesMustBeKnown() {
        // public.money_t may be a domain the database has: the server checks it when the schema is planned.
        assertEquals(List.of(
                "s.yaml:6:22: column \"a\" of table \"public.users\" has unknown type \"citext\"; it comes with "
                        + "extension \"citext\": declare it with extensions: [citext]",
                "s.yaml:7:22: column \"b\" of table \"public.users\" has unknown type \"integr\" (did you mean "
                        + "\"integer\"?)"),
                errors(USERS + """
                                  a: { type: citext }
                                  b: { type: integr }
                                  c: { type: public.money_t }
                                  d: { type: "billing.money_t[]" }
                                  e: { type: "mood[]" }
                                  f: { type: "vector(3)" }
                                  g: { type: "pg_catalog.int4" }
                            extensions: [vector]
                            enums: { mood: [a] }
                        """));
    }

    @Test
    void columnRules() {
        assertEquals(List.of(
                "s.yaml:6:38: column \"a\" of table \"public.users\" has type text, but identity columns must be "
                        + "smallint, integer or bigint",
                "s.yaml:7:54: column \"b\" of table \"public.users\" has both identity and a default; identity "
                        + "already supplies the value, remove one",
                "s.yaml:8:37: column \"c\" of table \"public.users\" says nullable: true, but identity columns are "
                        + "always NOT NULL; remove nullable",
                "s.yaml:9:37: column \"d\" of table \"public.users\" is in the primary key, which makes it NOT NULL; "
                        + "remove nullable: true",
                "s.yaml:10:53: column \"e\" of table \"public.users\" is renamed_from \"g\", which is itself "
                        + "renamed_from \"e\"; a chain or swap of names cannot run in one plan: rename one column per "
                        + "release",
                "s.yaml:11:11: column \"f\" of table \"public.users\" needs a type, e.g. { type: text }",
                "s.yaml:12:41: column \"g\" of table \"public.users\" is renamed_from \"e\", which is itself "
                        + "renamed_from \"g\"; a chain or swap of names cannot run in one plan: rename one column per "
                        + "release"),
                errors(USERS + """
                                  a: { type: text, identity: always }
                                  b: { type: int, identity: always, default: 1 }
                                  c: { type: int, nullable: true, identity: by_default }
                                  d: { type: int, nullable: true }
                                  e: { type: int, renamed_from: g }
                                  f: { comment: no type }
                                  g: { type: int, renamed_from: e }
                                primary_key: [d]
                        """.replace("e: { type: int, renamed_from: g }", "e: { type: int, comment: x, renamed_from: g }")));
    }

    /** A table's old name may be taken by a new table (the rename runs first); a chain or a swap may not. */
    @Test
    void tableRenames() throws Exception {
        assertEquals(2, fixture().load("""
                schemas:
                  public:
                    tables:
                      accounts: { renamed_from: users, columns: { id: { type: int } } }
                      users:    { columns: { id: { type: int } } }
                """).schema("public").orElseThrow().tables().size());
        assertEquals(List.of(
                "s.yaml:4:26: table \"public.a\" is renamed_from \"b\", which is itself renamed_from \"a\"; a chain or"
                        + " swap of names cannot run in one plan: rename one table per release",
                "s.yaml:5:26: table \"public.b\" is renamed_from \"a\", which is itself renamed_from \"b\"; a chain or"
                        + " swap of names cannot run in one plan: rename one table per release",
                "s.yaml:7:26: table \"public.d\" is renamed_from \"c\" like another table; one table can be renamed"
                        + " only once"),
                errors("""
                        schemas:
                          public:
                            tables:
                              a: { renamed_from: b, columns: { id: { type: int } } }
                              b: { renamed_from: a, columns: { id: { type: int } } }
                              c2: { renamed_from: c, columns: { id: { type: int } } }
                              d: { renamed_from: c, columns: { id: { type: int } } }
                        """));
    }

    @Test
    void enumsAndSequences() {
        assertEquals(List.of(
                "s.yaml:4:17: value \"a\" appears twice in enum \"public.e\"; remove one",
                "s.yaml:6:7: start must lie between min_value (1) and max_value (10) in sequence \"public.q\"",
                "s.yaml:7:18: type of sequence \"public.r\" must be smallint, integer or bigint, not \"text\"",
                "s.yaml:8:22: owned_by of sequence \"public.o\" must name a column of a table in the same schema as "
                        + "table.column; \"t.nope\" is not one"),
                errors("""
                        schemas:
                          public:
                            enums:
                              e: [a, b, a]
                            sequences:
                              q: { start: 50, max_value: 10 }
                              r: { type: text }
                              o: { owned_by: t.nope }
                            tables:
                              t: { columns: { id: { type: int } } }
                        """));
    }

    @Test
    void diagnosticsAreSortedByFileAndLineAndTheMessageHoldsThemAll() {
        fixture().write("b.yaml", "schemas:\n  public:\n    bogus: 1\n");
        fixture().write("a.yaml", "schemas:\n  x:\n    tables: {t: {colums: {}}}\n  y:\n    enums: {e: 1}\n");
        List<String> errors = fixture().errorsOfDir();
        assertEquals(List.of(
                "a.yaml:3:18: unknown key \"colums\" in table \"x.t\" (did you mean \"columns\"?)",
                "a.yaml:5:16: enum \"y.e\" must be a list of values like [pending, paid], not a number (1)",
                "b.yaml:3:5: unknown key \"bogus\" in schema \"public\" (allowed: comment, default_privileges, domains, drop, "
                        + "enums, extensions, functions, grants, materialized_views, owner, procedures, sequences, tables, types,"
                        + " views)"), errors);
        try {
            SchemaLoader.load(List.of(dir));
        } catch (SchemaException e) {
            assertEquals(3, e.getMessage().lines().count());
            assertTrue(e.getMessage().startsWith(dir.resolve("a.yaml").toString()));
        }
    }

    @Test
    void missingPathsAndEmptyDirectories() throws Exception {
        Path missing = dir.resolve("nope");
        java.nio.file.Files.createDirectories(dir.resolve("empty"));
        try {
            SchemaLoader.load(List.of(missing, dir.resolve("empty")));
            throw new AssertionError("expected a SchemaException");
        } catch (SchemaException e) {
            assertEquals(List.of(dir.resolve("empty") + ": no *.yaml or *.yml files in this directory; point "
                    + "--schema at the directory that holds the schema files",
                    missing + ": no such file or directory"), e.getMessage().lines().toList());
        }
    }
}
