package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Schema files written once for a template schema ({@code schemas: {tenant: ...}}) and applied as each tenant's
 * schema. The tenant's name replaces the template's as the key of the schema in the parsed YAML, and the files are
 * loaded as if they had been written for it: every reference the loader resolves (foreign keys, enum and domain
 * types, identity sequences, triggers' functions, ...) then names the tenant's schema, and the name reaches SQL
 * only as a quoted identifier. No SQL text is rewritten: SQL text in the YAML (defaults, checks, index expressions,
 * views, function bodies, policies) that names the template schema is refused, because no textual substitution is
 * safe in it; such text should use unqualified names (see docs/fleets.md).
 */
public final class TenantTemplate {
    /** A name no tenant uses: the files are loaded for it once, to check them before any database is touched. */
    private static final String PROBE = "schemasync_tenant_probe";

    private final String template;
    private final List<Node> trees;
    private final Map<String, Database> loaded = new ConcurrentHashMap<>();

    private TenantTemplate(String template, List<Node> trees) {
        this.template = template;
        this.trees = List.copyOf(trees);
    }

    public String template() {
        return template;
    }

    /**
     * Parses the files and checks them: they define the template schema and no other, and no SQL text in them
     * names the template schema.
     */
    public static TenantTemplate load(List<Path> paths, String template) throws SchemaException {
        SchemaLoader loader = SchemaLoader.create();
        List<Node> trees = loader.parse(paths);
        List<Diagnostic> problems = new ArrayList<>(loader.diagnostics());
        Pattern named = naming(template);
        boolean defined = false;
        for (Node tree : trees) {
            MapNode schemas = schemas(tree);
            if (schemas == null) continue;
            for (Entry e : schemas.entries().values()) {
                if (e.key().equals(template)) {
                    defined = true;
                    scan(e.value(), named, template, problems);
                } else {
                    problems.add(e.keyLoc().diagnostic("schema \"" + e.key() + "\": with tenant_schemas the YAML"
                            + " defines only the template schema \"" + template + "\" (shared objects belong in a"
                            + " project of their own)"));
                }
            }
        }
        if (!defined && problems.isEmpty()) {
            Path where = paths.isEmpty() ? Path.of(".") : paths.get(0);
            problems.add(new Diagnostic(where, 0, 0, "tenant_schemas: the YAML defines no schema \"" + template
                    + "\" (the template): write it as schemas: {" + template + ": {tables: ...}}"));
        }
        TenantTemplate t = new TenantTemplate(template, trees);
        if (problems.isEmpty()) t.checkModel(t.forSchemaChecked(PROBE, problems), named, problems);
        if (!problems.isEmpty()) throw new SchemaException(problems);
        return t;
    }

    /** The desired schema of one tenant: the template's objects in the schema {@code tenant}. */
    public Database forSchema(String tenant) throws SchemaException {
        Database db = loaded.get(tenant);
        if (db != null) return db;
        db = SchemaLoader.load(renamed(tenant), List.of());
        loaded.put(tenant, db);
        return db;
    }

    private Database forSchemaChecked(String tenant, List<Diagnostic> problems) {
        try {
            return forSchema(tenant);
        } catch (SchemaException e) {
            problems.addAll(e.diagnostics());
            return null;
        }
    }

    /**
     * Text loaded from elsewhere (a function body in a file of its own) is checked on the model: every object of
     * the probe's schema whose text still names the template schema is refused by name.
     */
    private void checkModel(Database probe, Pattern named, List<Diagnostic> problems) {
        if (probe == null) return;
        for (Schema s : probe.schemas()) {
            s.objects().stream().filter(o -> named.matcher(o.toString()).find()).forEach(o -> problems.add(
                    new Diagnostic(Path.of(o.ref(template).toString()), 0, 0, "its SQL text names the template schema"
                            + " \"" + template + "\": " + REMEDY)));
        }
    }

    private static final String REMEDY = "tenant schemas are made by substituting the schema as an identifier, never"
            + " in SQL text; write the name unqualified (PostgreSQL resolves it through the search_path)";

    /** An identifier equal to the template, quoted or not, followed by a dot: the template qualifying a name. */
    static Pattern naming(String template) {
        String quoted = "\"" + Pattern.quote(template.replace("\"", "\"\"")) + "\"";
        String plain = "(?i:" + Pattern.quote(template) + ")";
        return Pattern.compile("(?<![\\p{L}\\p{N}_$\"])(" + quoted + "|" + plain + ")\\s*\\.");
    }

    private static void scan(Node node, Pattern named, String template, List<Diagnostic> problems) {
        switch (node) {
            case MapNode m -> m.entries().values().forEach(e -> scan(e.value(), named, template, problems));
            case ListNode l -> l.items().forEach(i -> scan(i, named, template, problems));
            case Scalar s -> {
                if (s.kind() == Node.Kind.STRING && named.matcher(s.text()).find()) {
                    problems.add(s.loc().diagnostic("names the template schema \"" + template + "\" ("
                            + Diagnostic.excerpt(s.text()) + "): " + REMEDY));
                }
            }
        }
    }

    private static MapNode schemas(Node root) {
        if (!(root instanceof MapNode map)) return null;
        return Reader.get(map, "schemas").filter(MapNode.class::isInstance).map(MapNode.class::cast).orElse(null);
    }

    /** The parsed files with the template's schema key renamed to the tenant's. */
    private List<Node> renamed(String tenant) {
        List<Node> out = new ArrayList<>();
        for (Node tree : trees) {
            MapNode schemas = schemas(tree);
            if (schemas == null) {
                out.add(tree);
                continue;
            }
            LinkedHashMap<String, Entry> renamedSchemas = new LinkedHashMap<>();
            schemas.entries().forEach((key, e) -> {
                String name = key.equals(template) ? tenant : key;
                renamedSchemas.put(name, new Entry(name, e.keyLoc(), e.value()));
            });
            MapNode root = (MapNode) tree;
            LinkedHashMap<String, Entry> rootEntries = new LinkedHashMap<>(root.entries());
            Entry old = rootEntries.get("schemas");
            rootEntries.put("schemas", new Entry("schemas", old.keyLoc(), new MapNode(schemas.loc(), renamedSchemas)));
            out.add(new MapNode(root.loc(), rootEntries));
        }
        return out;
    }
}
