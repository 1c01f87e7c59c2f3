package io.schemasync.diff;

import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.List;

/**
 * The declared renames of enum types and labels, and the live database as it reads after them. PostgreSQL keeps a
 * type by its OID and a label by its position, so every column of the type, and every default or check naming a
 * label, follows the rename: the server prints the new names afterwards. Reading the live side that way, the rename
 * is the only change, instead of a type change of every column and a new default.
 */
record EnumRenames(List<Type> types, List<Value> values) {
    /** {@code ALTER TYPE schema.from RENAME TO to}. */
    record Type(String schema, String from, String to) {}

    /** {@code ALTER TYPE schema.type RENAME VALUE from TO to}; {@code type} is the type's new name. */
    record Value(String schema, String type, String from, String to) {}

    /** The renames that will happen: the old name exists live, the new one does not, the YAML does not define both. */
    static EnumRenames of(Database live, Database desired) {
        List<Type> types = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (Schema want : desired.schemas()) {
            Schema have = live.schema(want.name()).orElse(null);
            if (have == null) continue;
            for (EnumType e : want.enums()) {
                var old = have.enumType(e.name());
                if (old.isEmpty() && e.renamedFrom() != null && want.enumType(e.renamedFrom()).isEmpty()) {
                    old = have.enumType(e.renamedFrom());
                    old.ifPresent(o -> types.add(new Type(want.name(), o.name(), e.name())));
                }
                old.ifPresent(o -> e.renamedValues().forEach((now, before) -> {
                    if (o.values().contains(before) && !o.values().contains(now)) {
                        values.add(new Value(want.name(), e.name(), before, now));
                    }
                }));
            }
        }
        return new EnumRenames(List.copyOf(types), List.copyOf(values));
    }

    boolean isEmpty() {
        return types.isEmpty() && values.isEmpty();
    }

    /** The live database with the renames done: the types and labels, and every column type and expression. */
    Database applyTo(Database live) {
        if (isEmpty()) return live;
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : live.schemas()) {
            List<EnumType> enums = s.enums().stream().map(e -> renamed(s.name(), e)).toList();
            List<Table> tables = s.tables().stream().map(t -> t.mapSql(this::columnType, this::expression)).toList();
            schemas.add(new Schema(s.name(), s.comment(), s.extensions(), enums, s.sequences(), tables, s.objects()));
        }
        return live.withSchemas(schemas);
    }

    private EnumType renamed(String schema, EnumType e) {
        String name = types.stream().filter(t -> t.schema().equals(schema) && t.from().equals(e.name()))
                .map(Type::to).findFirst().orElse(e.name());
        List<String> labels = e.values().stream().map(v -> values.stream()
                .filter(x -> x.schema().equals(schema) && x.type().equals(name) && x.from().equals(v))
                .map(Value::to).findFirst().orElse(v)).toList();
        return new EnumType(name, labels, e.comment());
    }

    /** A column type naming a renamed type, as the server prints it after the rename (schema and brackets kept). */
    private String columnType(String type) {
        TypeName n = TypeName.of(type);
        return types.stream().filter(t -> n.names(t.schema(), t.from())).findFirst()
                .map(t -> TypeName.renamed(type, t.to())).orElse(type);
    }

    /** Casts to a renamed type ({@code ::old}) and labels of it ({@code 'old'::type}) as the server prints them. */
    String expression(String text) {
        if (text == null) return null;
        String out = text;
        for (Type t : types) {
            for (String form : spellings(t.schema(), t.from())) {
                out = replaceCast(out, "::" + form, "::" + form.substring(0, form.length()
                        - Identifiers.quoteIdentifier(t.from()).length()) + Identifiers.quoteIdentifier(t.to()));
            }
        }
        for (Value v : values) {
            for (String form : spellings(v.schema(), v.type())) {
                out = replaceCast(out, Sql.literal(v.from()) + "::" + form, Sql.literal(v.to()) + "::" + form);
            }
        }
        return out;
    }

    private static List<String> spellings(String schema, String type) {
        String name = Identifiers.quoteIdentifier(type);
        return List.of(Identifiers.quoteIdentifier(schema) + "." + name, name);
    }

    /** True when the expression casts to the type ({@code ::mood}, {@code ::app.mood}, also {@code ::mood[]}). */
    static boolean castsTo(String expression, String schema, String type) {
        return spellings(schema, type).stream().anyMatch(form -> !replaceCast(expression, "::" + form, "").equals(expression));
    }

    /** Replaces {@code from} where the name it ends with is not followed by more of a name. */
    private static String replaceCast(String text, String from, String to) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + from.length())) {
            int end = i + from.length();
            if (end < text.length() && isNamePart(text.charAt(end))) continue;
            out.append(text, at, i).append(to);
            at = end;
        }
        return out.append(text.substring(at)).toString();
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }
}
