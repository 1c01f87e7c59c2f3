package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.Lexer.Kind;
import io.schemasync.sql.Lexer.Token;
import io.schemasync.sql.RefusedSqlException;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One function's or procedure's YAML map, read strictly; every problem at the line of the key it is about. */
final class RoutineReader {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> VOLATILITIES = Set.of("immutable", "stable", "volatile");
    private static final Set<String> PARALLEL = Set.of("safe", "restricted", "unsafe");

    private final YamlIn in;
    private final boolean procedure;
    private final Signature.Parsed sig;
    private boolean ok = true;

    RoutineReader(YamlIn in, boolean procedure, Signature.Parsed sig) {
        this.in = in;
        this.procedure = procedure;
        this.sig = sig;
    }

    Optional<Routine> read() {
        List<Argument> arguments = new ArrayList<>(sig.arguments());
        String returnType = null;
        boolean returnsSet = false;
        if (!procedure) {
            Optional<Signature.Returns> returns = returns();
            if (returns.isPresent()) {
                returnType = returns.get().type();
                returnsSet = returns.get().set();
                arguments.addAll(returns.get().columns());
            }
        }
        String language = language();
        String body = body(language);
        String volatility = choice("volatility", VOLATILITIES, "volatile");
        String parallel = choice("parallel", PARALLEL, "unsafe");
        String cost = number("cost");
        String rows = number("rows");
        if (rows != null && !returnsSet) fail("rows", "rows of " + in.where() + " is the number of rows it returns:"
                + " only a function that returns a set (setof or table) has it");
        Map<String, String> settings = settings();
        String renamedFrom = renamedFrom();
        if (!ok || language == null || body == null) return Optional.empty();
        return Optional.of(new Routine(procedure, sig.identity(), sig.routine(), arguments, returnType, returnsSet,
                language, body, volatility, in.bool("strict").orElse(false), in.bool("security_definer").orElse(false),
                parallel, in.bool("leakproof").orElse(false), cost, rows, settings,
                in.text("comment").filter(c -> !c.isEmpty()).orElse(null), renamedFrom, List.of()));
    }

    private Optional<Signature.Returns> returns() {
        Optional<String> written = in.text("returns");
        if (written.isEmpty()) {
            if (sig.arguments().stream().noneMatch(a -> a.mode().isOutput())) {
                fail(null, in.where() + " needs returns: (a type, setof a type, table(name type, ...), or void)");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(Signature.returns(written.get()));
        } catch (IllegalArgumentException e) {
            fail("returns", "returns of " + in.where() + " " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * sql, plpgsql, or another procedural language (the validator checks that the YAML declares its extension).
     * C and internal functions name code in shared libraries: not something a YAML review can judge.
     */
    private String language() {
        Optional<String> written = in.text("language");
        if (written.isEmpty()) {
            fail(null, in.where() + " needs a language (language: sql, or language: plpgsql)");
            return null;
        }
        String language = SqlText.foldCase(written.get().strip());
        if (language.equals("c") || language.equals("internal")) {
            fail("language", "language " + language + " of " + in.where() + " runs code from a shared library;"
                    + " schemasync does not create such functions (leave them out of the YAML: they are listed as"
                    + " unmanaged)");
            return null;
        }
        if (!LANGUAGE.matcher(language).matches()) {
            fail("language", "language of " + in.where() + " must be the name of a language (sql, plpgsql, ...),"
                    + " not \"" + written.get() + "\"");
            return null;
        }
        return language;
    }

    private String body(String language) {
        Optional<String> written = in.text("body");
        boolean hasFile = in.text("file").isPresent();
        String name = sig.routine();
        if (written.isPresent() && hasFile) {
            fail("file", in.where() + " has both body and file; keep one");
            return null;
        }
        if (written.isEmpty() && !hasFile) {
            fail(null, in.where() + " needs a body (body: | ...) or a file (file: functions/" + name + ".sql)");
            return null;
        }
        Optional<String> text = written.isPresent() ? written : in.file("file");
        if (text.isEmpty()) {
            ok = false;
            return null;
        }
        String key = written.isPresent() ? "body" : "file";
        try {
            SqlText.requireBody(text.get());
        } catch (RefusedSqlException e) {
            fail(key, "the body of " + in.where() + " " + e.reason() + " (at character " + (e.offset() + 1) + ")");
            return null;
        }
        String body = Functions.normalizeBody(language == null ? "" : language, text.get());
        if (body.isEmpty()) {
            fail(key, "the body of " + in.where() + " is empty");
            return null;
        }
        if (language != null && Functions.isStandardBody(language, body)) {
            try {
                return SqlText.requireStandardBody(body);
            } catch (RefusedSqlException e) {
                fail(key, "the SQL-standard body of " + in.where() + " " + e.reason() + " (at character "
                        + (e.offset() + 1) + ")");
                return null;
            }
        }
        return body;
    }

    private String choice(String key, Set<String> allowed, String otherwise) {
        Optional<String> written = in.text(key).map(String::strip).map(s -> s.toLowerCase(Locale.ROOT));
        if (written.isPresent() && !allowed.contains(written.get())) {
            fail(key, key + " of " + in.where() + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                    + ", not \"" + written.get() + "\"");
        }
        return written.filter(allowed::contains).orElse(otherwise);
    }

    private String number(String key) {
        Optional<String> written = in.text(key).map(String::strip);
        if (written.isEmpty()) return null;
        if (!Functions.NUMBER.matcher(written.get()).matches() || Double.parseDouble(written.get()) <= 0) {
            fail(key, key + " of " + in.where() + " must be a positive number, not \"" + written.get() + "\"");
            return null;
        }
        return written.get();
    }

    /**
     * {@code set: {search_path: "public, pg_temp", work_mem: 64MB}}: names are configuration parameters (lower
     * case); values are sent as string literals. A list such as search_path is stored with each element quoted as
     * an identifier where needed, and kept here in that form.
     */
    private Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        in.textMap("set", true).forEach((name, value) -> {
            String key = SqlText.foldCase(name.strip());
            if (!Functions.PARAMETER.matcher(key).matches()) {
                in.error("set", name, "set." + name + " of " + in.where() + ": \"" + name + "\" is not the name of a"
                        + " configuration parameter (search_path, work_mem, app.setting, ...)");
                ok = false;
                return;
            }
            try {
                SqlText.requireBody(value);
            } catch (RefusedSqlException e) {
                in.error("set", name, "set." + name + " of " + in.where() + " " + e.reason());
                ok = false;
                return;
            }
            out.put(key, RoutineSql.LIST_PARAMETERS.contains(key) ? RoutineSql.joinList(RoutineSql.splitList(value))
                    : value);
        });
        return out;
    }

    /** The routine's old name, one identifier: the arguments stay what they are, so its identity follows. */
    private String renamedFrom() {
        Optional<String> written = in.text("renamed_from").map(String::strip);
        if (written.isEmpty()) return null;
        List<Token> tokens;
        try {
            tokens = Lexer.tokens(written.get()).stream().filter(t -> t.kind() != Kind.SPACE).toList();
        } catch (RefusedSqlException e) {
            tokens = List.of();
        }
        if (tokens.size() != 1 || tokens.get(0).kind() != Kind.WORD && !written.get().startsWith("\"")) {
            fail("renamed_from", "renamed_from of " + in.where() + " must be its old name alone, like"
                    + " renamed_from: old_name (the arguments stay the same)");
            return null;
        }
        String old = tokens.get(0).kind() == Kind.WORD ? SqlText.foldCase(written.get())
                : written.get().substring(1, written.get().length() - 1).replace("\"\"", "\"");
        if (old.equals(sig.routine())) {
            fail("renamed_from", "renamed_from of " + in.where() + " names the routine itself");
            return null;
        }
        return Signature.identity(old, sig.arguments());
    }

    private void fail(String key, String message) {
        in.error(key, message);
        ok = false;
    }
}
