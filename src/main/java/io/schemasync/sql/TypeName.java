package io.schemasync.sql;

/**
 * The type a column or domain is declared with, reduced to the object it names: array brackets and type
 * modifiers dropped, quotes removed. {@code "Sales"."Stage"[]} is schema {@code Sales}, name {@code Stage};
 * {@code varchar(20)} is name {@code varchar} without a schema.
 *
 * @param schema null when the name is not qualified
 */
public record TypeName(String schema, String name) {
    public static TypeName of(String type) {
        String t = type.strip();
        while (t.endsWith("]")) {
            int open = t.lastIndexOf('[');
            if (open < 0) break;
            t = t.substring(0, open).strip();
        }
        int paren = outsideQuotes(t, '(');
        if (paren >= 0) t = t.substring(0, paren).strip();
        int dot = outsideQuotes(t, '.');
        return dot < 0 ? new TypeName(null, unquote(t)) : new TypeName(unquote(t.substring(0, dot).strip()),
                unquote(t.substring(dot + 1).strip()));
    }

    /** True when this names the object {@code schema.name}; an unqualified name matches any schema. */
    public boolean names(String objectSchema, String objectName) {
        return name.equals(objectName) && (schema == null || schema.equals(objectSchema));
    }

    /**
     * {@code type} (as format_type prints it) with the name of the type it names replaced by {@code name}: the
     * qualifier, when there is one, and array brackets kept ({@code app.mood[]} → {@code app.feeling[]}).
     */
    public static String renamed(String type, String name) {
        TypeName t = of(type);
        String stripped = type.strip();
        int brackets = stripped.length();
        while (brackets >= 2 && stripped.startsWith("[]", brackets - 2)) brackets -= 2;
        return (t.schema() == null ? "" : Identifiers.quoteIdentifier(t.schema()) + ".")
                + Identifiers.quoteIdentifier(name) + stripped.substring(brackets);
    }

    private static int outsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == wanted && !quoted) return i;
        }
        return -1;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }
}
