package io.schemasync.load;

import io.schemasync.model.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** targets: and tenant_schemas: in the project file, and the tenant template (no database). */
class FleetProjectTest {
    @TempDir
    Path dir;

    private Project load(String text) throws Exception {
        return ProjectLoader.load(Files.writeString(dir.resolve(Project.FILE_NAME), text), Path.of("schemasync.yaml"));
    }

    private List<String> errors(String text) throws Exception {
        SchemaException e = assertThrows(SchemaException.class, () -> load(text));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsTargetsAndTenantSchemas() throws Exception {
        Project p = load("""
                environments:
                  fleet:
                    targets:
                      - url_env: EU_DATABASE_URL
                      - file: targets.txt
                      - command: ./list-databases
                      - url: postgres://app@db9:5432/app
                  tenants:
                    url_env: DATABASE_URL
                    tenant_schemas: { template: tenant, query: "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\\\_%'" }
                  listed:
                    tenant_schemas: { list: [acme, globex] }
                  single: { url_env: DATABASE_URL }
                """);
        Project.Fleet fleet = p.environment("fleet").orElseThrow().fleet();
        assertEquals(4, fleet.targets().size());
        assertEquals("postgres://app@db9:5432/app", assertInstanceOf(Project.Source.Url.class, fleet.targets().get(3)).url());
        assertEquals(new Project.Source.UrlEnv("EU_DATABASE_URL", "schemasync.yaml:4:18"), fleet.targets().get(0));
        assertEquals(dir.resolve("targets.txt"), assertInstanceOf(Project.Source.UrlFile.class, fleet.targets().get(1)).file());
        assertEquals("./list-databases", assertInstanceOf(Project.Source.Command.class, fleet.targets().get(2)).command());
        assertNull(fleet.tenants());

        Project.TenantSchemas tenants = p.environment("tenants").orElseThrow().fleet().tenants();
        assertEquals("tenant", tenants.template());
        assertEquals("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'", tenants.query());
        assertNull(tenants.names());
        assertEquals(List.of("acme", "globex"), p.environment("listed").orElseThrow().fleet().tenants().names());
        assertEquals("tenant", p.environment("listed").orElseThrow().fleet().tenants().template());
        assertNull(p.environment("single").orElseThrow().fleet());
    }

    @Test
    void badFleetsAreErrorsWithTheirPlace() throws Exception {
        List<String> errors = errors("""
                environments:
                  a:
                    url_env: DATABASE_URL
                    targets:
                      - url_env: not a variable
                      - { file: x.txt, command: y }
                      - urls: z
                      - url: "postgres://app:hunter2@db/app"
                  b:
                    tenant_schemas: { template: tenant }
                  c:
                    tenant_schemas: { list: [tenant, acme], query: "SELECT 1", tempalte: x }
                  d:
                    targets: []
                """);
        assertTrue(errors.contains("schemasync.yaml:5:7: targets of environment \"a\" and its url_env both name"
                + " databases: move the url_env into targets (- url_env: NAME)"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("schemasync.yaml:5:18: url_env of a target")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("schemasync.yaml:6:9: a target of environment \"a\" has one key")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("schemasync.yaml:7:9: unknown key \"urls\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("schemasync.yaml:8:14: a url of a target of environment \"a\" holds a password")), errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.contains("hunter2")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("schemasync.yaml:10:21: tenant_schemas of environment \"b\" needs either list")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("names the template schema tenant itself")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown key \"tempalte\"") && e.contains("did you mean \"template\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("schemasync.yaml:14:14: targets of environment \"d\" lists no target")), errors.toString());
    }

    private Path schema(String yaml) throws Exception {
        return Files.writeString(dir.resolve("tenant.yaml"), yaml);
    }

    @Test
    void theTemplateBecomesEachTenantsSchemaWithItsReferences() throws Exception {
        TenantTemplate t = TenantTemplate.load(List.of(schema("""
                schemas:
                  tenant:
                    enums: { status: [open, closed] }
                    tables:
                      customers:
                        columns:
                          id: { type: bigint, identity: always }
                          status: { type: status, default: "'open'" }
                        primary_key: [id]
                      orders:
                        columns:
                          customer_id: { type: bigint }
                        foreign_keys:
                          orders_customer_fk: { columns: [customer_id], references: customers(id) }
                """)), "tenant");
        Database acme = t.forSchema("acme");
        assertEquals(List.of("acme"), acme.schemas().stream().map(s -> s.name()).toList());
        String text = acme.toString();
        assertFalse(text.matches("(?s).*\\btenant\\b.*"), text);
        assertTrue(text.contains("refSchema=acme"), text);
        assertEquals(t.forSchema("acme"), acme);
        assertEquals(acme.toString().replace("acme", "globex"), t.forSchema("globex").toString());
    }

    @Test
    void sqlTextThatNamesTheTemplateIsRefusedWhereItIsWritten() throws Exception {
        Path file = schema("""
                schemas:
                  tenant:
                    tables:
                      customers:
                        columns:
                          id: { type: bigint }
                          code: { type: text, default: "tenant.next_code()" }
                        checks:
                          quoted: '"tenant" . customers.id > 0'
                          fine: "id > 0 AND code <> 'tenants.x'"
                  public:
                    tables: {}
                """);
        SchemaException e = assertThrows(SchemaException.class, () -> TenantTemplate.load(List.of(file), "tenant"));
        List<String> errors = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":7:40: names the template schema \"tenant\" (tenant.next_code())"),
                errors.toString());
        assertTrue(errors.get(1).startsWith(file + ":9:19: names the template schema"), errors.toString());
        assertTrue(errors.get(2).startsWith(file + ":11:3: schema \"public\": with tenant_schemas the YAML defines only"),
                errors.toString());
    }

    @Test
    void filesWithoutTheTemplateAreRefused() throws Exception {
        Path file = schema("schemas:\n  app:\n    tables: {}\n");
        SchemaException e = assertThrows(SchemaException.class, () -> TenantTemplate.load(List.of(file), "tenant"));
        assertTrue(e.diagnostics().get(0).toString().contains("defines only the template schema \"tenant\""),
                e.diagnostics().toString());
    }
}
