package io.schemasync.load;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.Column;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.model.TypeNames;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Is a column's type known? Built into PostgreSQL, an enum of the YAML, a type of an extension the YAML declares,
 * or qualified with a schema the YAML does not manage (then the database is trusted to have it).
 */
final class TypeCheck {
    /** Types of well-known extensions; a type listed here needs its extension declared. */
    static final Map<String, String> EXTENSION_TYPES = Map.ofEntries(
            Map.entry("citext", "citext"), Map.entry("hstore", "hstore"),
            Map.entry("ltree", "ltree"), Map.entry("lquery", "ltree"), Map.entry("ltxtquery", "ltree"),
            Map.entry("vector", "vector"), Map.entry("halfvec", "vector"), Map.entry("sparsevec", "vector"),
            Map.entry("geometry", "postgis"), Map.entry("geography", "postgis"), Map.entry("box2d", "postgis"),
            Map.entry("box3d", "postgis"), Map.entry("cube", "cube"), Map.entry("seg", "seg"),
            Map.entry("isbn", "isn"), Map.entry("isbn13", "isn"), Map.entry("issn", "isn"),
            Map.entry("issn13", "isn"), Map.entry("ean13", "isn"), Map.entry("ismn", "isn"),
            Map.entry("ismn13", "isn"), Map.entry("upc", "isn"));

    /** Type names of other languages and databases, and what PostgreSQL calls them. */
    static final Map<String, String> FOREIGN_TYPES = Map.ofEntries(
            Map.entry("string", "text"), Map.entry("str", "text"), Map.entry("datetime", "timestamptz"),
            Map.entry("long", "bigint"), Map.entry("int64", "bigint"), Map.entry("int32", "integer"),
            Map.entry("number", "numeric"), Map.entry("double", "double precision"), Map.entry("blob", "bytea"),
            Map.entry("clob", "text"), Map.entry("nvarchar", "varchar"), Map.entry("varchar2", "varchar"),
            Map.entry("tinyint", "smallint"), Map.entry("mediumint", "integer"), Map.entry("dateTime", "timestamptz"));

    private final Database db;

    TypeCheck(Database db) {
        this.db = db;
    }

    /** A message when the column's type is unknown; empty when it is fine. */
    Optional<String> check(Schema schema, Table table, Column column) {
        String base = baseName(column.type());
        if (TypeNames.isBuiltin(column.type()) || TypeNames.isBuiltin(base)) return Optional.empty();
        int dot = qualifierDot(base);
        String typeSchema = dot < 0 ? null : unquote(base.substring(0, dot));
        String name = unquote(dot < 0 ? base : base.substring(dot + 1));
        if (typeSchema != null && db.schema(typeSchema).isEmpty()) return Optional.empty();
        Set<String> searched = typeSchema == null ? new java.util.HashSet<>(List.of(schema.name(), "public"))
                : Set.of(typeSchema);
        if (known(searched, name, typeSchema == null)) {
            return Optional.empty();
        }
        // A name that is neither a near miss nor an extension's type may be a domain or a type that the database
        // has and schemasync does not manage: the server decides when the schema is planned (file:line:col too).
        if (EXTENSION_TYPES.get(name) == null && !nearMiss(name)) {
            return Optional.empty();
        }
        return Optional.of("column " + Reader.quoted(column.name()) + " of table "
                + Reader.quoted(schema.name() + "." + table.name()) + " has unknown type " + Reader.quoted(column.type())
                + hint(name));
    }

    private boolean known(Set<String> schemas, String name, boolean anyExtensionSchema) {
        for (String s : schemas) {
            if (db.schema(s).flatMap(x -> x.enumType(name)).isPresent()) return true;
            if (db.schema(s).map(x -> x.objects().stream().anyMatch(o -> o.name().equals(name)
                    && Kinds.of(o).isType())).orElse(false)) return true;
        }
        String extension = EXTENSION_TYPES.get(name);
        if (extension == null) return false;
        return db.schemas().stream()
                .filter(s -> anyExtensionSchema || schemas.contains(s.name()))
                .anyMatch(s -> s.extensions().stream().map(Extension::name).anyMatch(extension::equals));
    }

    /** One edit from a known type (two for longer names): a typo, not a domain like {@code year}. */
    private boolean nearMiss(String name) {
        int max = name.length() <= 4 ? 1 : 2;
        return FOREIGN_TYPES.containsKey(name) || FOREIGN_TYPES.keySet().stream().anyMatch(f -> Reader.levenshtein(name, f) <= 1)
                || candidates().stream().anyMatch(c -> !c.equals(name) && Reader.levenshtein(name, c) <= max);
    }

    private TreeSet<String> candidates() {
        var candidates = new TreeSet<String>();
        for (Schema s : db.schemas()) {
            s.enums().stream().map(EnumType::name).forEach(candidates::add);
            s.objects().stream().filter(o -> Kinds.of(o).isType()).map(SchemaObject::name).forEach(candidates::add);
        }
        candidates.addAll(Set.of("integer", "bigint", "smallint", "text", "boolean", "numeric", "uuid", "jsonb",
                "json", "date", "timestamptz", "timestamp", "bytea", "real", "varchar", "interval", "inet"));
        return candidates;
    }

    private String hint(String name) {
        String extension = EXTENSION_TYPES.get(name);
        if (extension != null) return "; it comes with extension " + Reader.quoted(extension)
                + ": declare it with extensions: [" + extension + "]";
        if (FOREIGN_TYPES.containsKey(name)) return " (PostgreSQL calls it \"" + FOREIGN_TYPES.get(name) + "\")";
        String mean = Reader.didYouMean(name, candidates());
        var foreign = FOREIGN_TYPES.keySet().stream().filter(f -> Reader.levenshtein(name, f) <= 1).findFirst();
        if (mean.isEmpty() && foreign.isPresent()) return " (did you mean \"" + FOREIGN_TYPES.get(foreign.get()) + "\"?)";
        return mean.isEmpty() ? "; define it as an enum, declare the extension that provides it, or qualify it "
                + "with a schema the YAML does not manage" : mean;
    }

    /** The type without array brackets and type modifiers: {@code app.money_t}, {@code vector}. */
    private static String baseName(String type) {
        String t = type.strip();
        while (t.endsWith("[]")) t = t.substring(0, t.length() - 2).strip();
        int paren = t.indexOf('(');
        return paren < 0 ? t : t.substring(0, paren).strip();
    }

    private static int qualifierDot(String name) {
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '.' && !quoted) return i;
        }
        return -1;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1)
                .replace("\"\"", "\"") : s;
    }
}
