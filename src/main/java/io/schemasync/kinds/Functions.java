package io.schemasync.kinds;

import io.schemasync.kinds.Routine.Argument;
import io.schemasync.kinds.Routine.Mode;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.TypeNames;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Lexer;
import io.schemasync.sql.RefusedSqlException;
import io.schemasync.sql.SqlText;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functions ({@code functions:}) and procedures ({@code procedures:}), keyed by signature:
 * {@code "total_for(customer_id bigint)": { returns, language, body | file, volatility, strict, security_definer,
 * parallel, leakproof, cost, rows, set, comment, renamed_from }}. Overloads are different keys.
 * <p>
 * The body is compared as written (PostgreSQL keeps it as it was given, in prosrc), without the blank lines around
 * it; argument types, defaults and the result in the server's canonical text. A change that keeps the identity,
 * the result type and the names and defaults of the arguments is {@code CREATE OR REPLACE}, which keeps whatever
 * uses the function; any other drops the function and creates it again, which PostgreSQL refuses while views,
 * defaults, checks, indexes or triggers use it: such a step is refused in the plan, naming them. Functions written
 * in C or {@code internal} are not managed: they are listed as unmanaged. A SQL-standard body ({@code BEGIN ATOMIC},
 * {@code RETURN}; PostgreSQL 14) is SQL in the statement, checked by {@link SqlText#requireStandardBody}, and
 * compared as pg_get_functiondef prints it. See https://www.postgresql.org/docs/current/sql-createfunction.html.
 */
public final class Functions implements ObjectKind<Routine> {
    public static final Functions FUNCTIONS = new Functions(false);
    public static final Functions PROCEDURES = new Functions(true);

    /**
     * The routines of pg_proc (alias p, its language l) that these kinds manage; the catalog lists the others as
     * unmanaged. A SQL-standard body leaves prosrc empty.
     */
    public static final String MANAGED = "p.prokind in ('f', 'p') and l.lanname not in ('c', 'internal')";

    static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    /** A configuration parameter: {@code search_path}, {@code work_mem}, {@code app.tenant_id}. */
    static final Pattern PARAMETER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    private static final Pattern NEAR_LINE = Pattern.compile("near line (\\d+)");
    private static final Set<String> FUNCTION_KEYS = Set.of("returns", "language", "body", "file", "volatility",
            "strict", "security_definer", "parallel", "leakproof", "cost", "rows", "set", "comment", "renamed_from");
    private static final Set<String> PROCEDURE_KEYS = Set.of("language", "body", "file", "security_definer", "set",
            "comment", "renamed_from");

    private final boolean procedures;

    private Functions(boolean procedures) {
        this.procedures = procedures;
    }

    @Override
    public String key() {
        return procedures ? "procedures" : "functions";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return procedures ? ObjectRef.Kind.PROCEDURE : ObjectRef.Kind.FUNCTION;
    }

    @Override
    public Class<Routine> type() {
        return Routine.class;
    }

    @Override
    public boolean isType() {
        return false;
    }

    @Override
    public boolean usesRelations() {
        return true;
    }

    /**
     * A routine with a SQL-standard body is kept parsed, with dependencies on the columns it reads: PostgreSQL
     * refuses to change their types while it exists, so it is dropped and created again around such a change.
     */
    @Override
    public boolean canReattach() {
        return true;
    }

    @Override
    public String dropStatement(String schema, Routine r, boolean ifExists) {
        return RoutineSql.drop(schema, r, ifExists);
    }

    @Override
    public boolean hasSignature() {
        return true;
    }

    @Override
    public boolean readable(String key) {
        try {
            Signature.parse(key);
            return true;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    @Override
    public String identity(String key) {
        try {
            return Signature.parse(key).identity();
        } catch (IllegalArgumentException unreadable) {
            return key;
        }
    }

    @Override
    public String yamlKey(Routine r) {
        return Signature.format(r.routine(), r.arguments());
    }

    /** The result or an argument's name changes: DROP and CREATE, which what depends on it must go around. */
    @Override
    public boolean recreatesUnderDependents(Routine from, Routine to) {
        return RoutineSteps.recreateReason(from, to) != null;
    }

    @Override
    public List<String> liveDependents(Routine r) {
        return r.dependents();
    }

    @Override
    public boolean hasDependents(Routine r) {
        return !r.dependents().isEmpty();
    }

    /**
     * As pg_describe_object names a routine (qualified when outside the search_path): what another routine's live
     * dependents list says of one whose SQL-standard body calls it.
     */
    @Override
    public Set<String> describedAs(String schema, Routine r) {
        String word = procedures ? "procedure " : "function ";
        String name = io.schemasync.sql.Identifiers.display(r.routine()) + r.name().substring(r.routine().length());
        return Set.of(word + name, word + io.schemasync.sql.Identifiers.display(schema) + "." + name);
    }

    @Override
    public Routine withoutDependents(Routine r, Set<String> described) {
        if (r.dependents().stream().noneMatch(described::contains)) return r;
        return r.withName(r.name(), r.routine(), r.renamedFrom(),
                r.dependents().stream().filter(d -> !described.contains(d)).toList());
    }

    @Override
    public Optional<String> renamedFrom(Routine r) {
        return Optional.ofNullable(r.renamedFrom());
    }

    /** Calls name a function by its name alone; procedures are called by name too ({@code CALL p()}). */
    @Override
    public Set<ObjectRef> alsoKnownAs(String schema, Routine r) {
        return Set.of(ObjectRef.of(ObjectRef.Kind.FUNCTION, schema, r.routine()));
    }

    // ---- YAML

    @Override
    public Optional<Routine> read(String schema, String key, YamlIn in) {
        in.allowKeys(procedures ? PROCEDURE_KEYS : FUNCTION_KEYS);
        Signature.Parsed sig;
        try {
            sig = Signature.parse(key);
        } catch (IllegalArgumentException e) {
            in.error(null, "the signature of " + in.where() + " " + e.getMessage() + " (write it as in CREATE "
                    + (procedures ? "PROCEDURE" : "FUNCTION") + ": name(argument type, ...))");
            return Optional.empty();
        }
        String problem = io.schemasync.sql.Identifiers.lengthProblem(sig.routine());
        if (problem != null) {
            in.error(null, "the name \"" + sig.routine() + "\" of " + in.where() + " " + problem);
            return Optional.empty();
        }
        return new RoutineReader(in, procedures, sig).read();
    }

    @Override
    public Map<String, Object> write(Routine r) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!r.procedure()) {
            String returns = returnsText(r);
            if (returns != null) out.put("returns", returns);
        }
        out.put("language", r.language());
        if (!r.procedure()) {
            if (!r.volatility().equals("volatile")) out.put("volatility", r.volatility());
            if (r.strict()) out.put("strict", true);
        }
        if (r.securityDefiner()) out.put("security_definer", true);
        if (!r.procedure()) {
            if (!r.parallel().equals("unsafe")) out.put("parallel", r.parallel());
            if (r.leakproof()) out.put("leakproof", true);
            if (r.cost() != null && !r.cost().equals("100")) out.put("cost", number(r.cost()));
            if (r.rows() != null && r.returnsSet() && !r.rows().equals("1000")) out.put("rows", number(r.rows()));
        }
        if (!r.settings().isEmpty()) out.put("set", new LinkedHashMap<String, Object>(r.settings()));
        if (r.comment() != null) out.put("comment", r.comment());
        if (r.renamedFrom() != null) {
            String suffix = r.name().substring(r.routine().length());
            out.put("renamed_from", Signature.display(r.renamedFrom().substring(0, r.renamedFrom().length() - suffix.length())));
        }
        out.put("body", r.body());
        return out;
    }

    /** What {@code returns:} says; null where the OUT arguments say it (PostgreSQL derives the same type). */
    private static String returnsText(Routine r) {
        if (r.returnsTable()) return Signature.formatTable(r.arguments().stream().filter(a -> a.mode() == Mode.TABLE).toList());
        if (r.returnType() == null) return null;
        if (!r.returnsSet() && !r.outputs().isEmpty() && r.returnType().equals(RoutineSql.derivedReturnType(r))) return null;
        return (r.returnsSet() ? "setof " : "") + r.returnType();
    }

    private static Number number(String text) {
        double d = Double.parseDouble(text);
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
    }

    /**
     * The body as compared: trailing blanks and leading blank lines removed (the tool sends the body between
     * newlines); for SQL and PL/pgSQL also the blanks before its first word, which mean nothing there. Other
     * languages keep the first line's indentation (Python's indentation is its syntax).
     */
    static String normalizeBody(String language, String body) {
        int end = body.length();
        while (end > 0 && Lexer.isSpace(body.charAt(end - 1))) end--;
        int first = 0;
        while (first < end && Lexer.isSpace(body.charAt(first))) first++;
        if (language.equals("sql") || language.equals("plpgsql")) return body.substring(first, end);
        int lineStart = first;
        while (lineStart > 0 && body.charAt(lineStart - 1) != '\n' && body.charAt(lineStart - 1) != '\r') lineStart--;
        return body.substring(lineStart, end);
    }

    /** Whether a body of {@code language} is a SQL-standard one: SQL starting with BEGIN ATOMIC or RETURN. */
    static boolean isStandardBody(String language, String body) {
        if (!language.equals("sql")) return false;
        java.util.regex.Matcher m = STANDARD_BODY.matcher(body);
        return m.lookingAt();
    }

    private static final Pattern STANDARD_BODY = Pattern.compile("(?i)\\s*(begin\\s+atomic|return)\\b");

    /**
     * The SQL-standard body in what pg_get_functiondef prints (PostgreSQL 14 and later keep it parsed, with
     * prosrc empty): the header and the attribute lines (each starting with a space) come first, then the body
     * from the start of a line, as pg_get_function_sqlbody prints it.
     */
    static String standardBodyOf(String definition) {
        String[] lines = definition.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (STANDARD_BODY.matcher(lines[i]).lookingAt() && !lines[i].startsWith(" ")) {
                return String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
            }
        }
        throw new IllegalStateException("no SQL-standard body in the definition: " + definition);
    }

    // ---- catalog

    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, p.proname::text as routine,
                       p.proname::text || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' as name,
                       coalesce(p.proargmodes::text[], array[]::text[]) as modes,
                       coalesce(p.proargnames, array[]::text[]) as arg_names,
                       array(select pg_catalog.format_type(t.oid, null)
                             from unnest(coalesce(p.proallargtypes, p.proargtypes::pg_catalog.oid[]))
                                  with ordinality t(oid, i) order by t.i) as arg_types,
                       pg_catalog.pg_get_expr(p.proargdefaults, 0) as defaults,
                       case when p.prokind = 'p' then null else pg_catalog.format_type(p.prorettype, null) end as return_type,
                       p.proretset as returns_set, l.lanname::text as language, p.prosrc as body,
                       case when l.lanname = 'sql' and p.prosrc = '' then pg_catalog.pg_get_functiondef(p.oid) end
                           as definition,
                       p.provolatile::text as volatility, p.proisstrict as strict, p.prosecdef as security_definer,
                       p.proparallel::text as parallel, p.proleakproof as leakproof, p.procost::text as cost,
                       p.prorows::text as rows, coalesce(p.proconfig, array[]::text[]) as settings,
                       d.description as comment,
                       array(select case when dep.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                                         then (select pg_catalog.pg_describe_object('pg_catalog.pg_class'::pg_catalog.regclass,
                                                      r.ev_class, 0)
                                               from pg_catalog.pg_rewrite r where r.oid = dep.objid)
                                         else pg_catalog.pg_describe_object(dep.classid, dep.objid, dep.objsubid) end
                             from pg_catalog.pg_depend dep
                             where dep.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass and dep.refobjid = p.oid
                               and dep.deptype = 'n') as dependents
                from pg_catalog.pg_proc p
                join pg_catalog.pg_namespace n on n.oid = p.pronamespace
                join pg_catalog.pg_language l on l.oid = p.prolang
                left join pg_catalog.pg_description d on d.objoid = p.oid
                     and d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass and d.objsubid = 0
                where p.prokind = '""" + (procedures ? "p" : "f") + "' and " + MANAGED + """
                  and n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                                    and x.objid = p.oid and x.deptype = 'e')
                order by n.nspname, p.proname, p.oid""";
    }

    @Override
    public Routine fromCatalog(CatalogRow row) {
        List<String> types = row.texts("arg_types");
        List<String> modes = row.texts("modes");
        List<String> names = row.texts("arg_names");
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String argName = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : null;
            arguments.add(new Argument(modes.isEmpty() ? Mode.IN : Mode.of(modes.get(i)), argName, types.get(i), null));
        }
        arguments = withDefaults(arguments, splitTopLevel(row.text("defaults")));
        String language = row.text("language");
        Map<String, String> settings = new LinkedHashMap<>();
        for (String s : row.texts("settings")) {
            int eq = s.indexOf('=');
            settings.put(SqlText.foldCase(s.substring(0, eq)), s.substring(eq + 1));
        }
        return new Routine(procedures, row.text("name"), row.text("routine"), arguments, row.text("return_type"),
                row.bool("returns_set"), language, normalizeBody(language, row.text("definition") != null
                        ? standardBodyOf(row.text("definition")) : row.text("body")),
                volatility(row.text("volatility")), row.bool("strict"), row.bool("security_definer"),
                parallel(row.text("parallel")), row.bool("leakproof"), row.text("cost"), row.text("rows"), settings,
                row.text("comment"), null, new ArrayList<>(new TreeSet<>(row.texts("dependents"))));
    }

    private static String volatility(String code) {
        return switch (code) {
            case "i" -> "immutable";
            case "s" -> "stable";
            default -> "volatile";
        };
    }

    private static String parallel(String code) {
        return switch (code) {
            case "s" -> "safe";
            case "r" -> "restricted";
            default -> "unsafe";
        };
    }

    /** The last {@code defaults.size()} input arguments have the defaults, in order (pg_proc.proargdefaults). */
    private static List<Argument> withDefaults(List<Argument> arguments, List<String> defaults) {
        List<Argument> out = new ArrayList<>(arguments);
        int left = defaults.size();
        for (int i = out.size() - 1; i >= 0 && left > 0; i--) {
            Argument a = out.get(i);
            if (!a.mode().isInput()) continue;
            out.set(i, new Argument(a.mode(), a.name(), a.type(), defaults.get(--left)));
        }
        return out;
    }

    /** The expressions of a list that pg_get_expr printed ({@code 10, 'x'::text}), split at its outer commas. */
    static List<String> splitTopLevel(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        int depth = 0;
        int start = 0;
        for (Lexer.Token t : Lexer.bodyTokens(text)) {
            if (t.kind() == Lexer.Kind.OPEN) depth++;
            if (t.kind() == Lexer.Kind.CLOSE) depth--;
            if (depth == 0 && t.kind() == Lexer.Kind.PUNCTUATION && text.charAt(t.start()) == ',') {
                out.add(SqlText.trim(text.substring(start, t.start())));
                start = t.end();
            }
        }
        out.add(SqlText.trim(text.substring(start)));
        return out;
    }

    // ---- canonicalization

    /** A SQL body names tables as a query does: qualified names of the desired schemas point at the scratch copies. */
    @Override
    public Routine mapSql(Routine r, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        List<Argument> arguments = r.arguments().stream().map(a -> new Argument(a.mode(), a.name(), types.apply(a.type()),
                a.defaultExpr() == null ? null : expressions.apply(a.defaultExpr()))).toList();
        // PL/pgSQL is checked when it is created too: the types of its variables (app.filter, app.orders%ROWTYPE)
        // must exist, so they follow the names like a SQL body's.
        String body = r.language().equals("sql") || r.language().equals("plpgsql") ? mapBody(r.body(), expressions)
                : r.body();
        return r.with(arguments, r.returnType() == null ? null : types.apply(r.returnType()), body, r.settings())
                .withName(Signature.mapIdentityTypes(r.name(), types), r.routine(), r.renamedFrom(), r.dependents());
    }

    private static String mapBody(String body, UnaryOperator<String> expressions) {
        try {
            return expressions.apply(body);
        } catch (RefusedSqlException unreadable) {
            return body;
        }
    }

    @Override
    public Routine mapSchemas(Routine r, Function<String, List<String>> names) {
        Map<String, String> settings = new LinkedHashMap<>(r.settings());
        settings.computeIfPresent("search_path", (k, v) -> RoutineSql.joinList(RoutineSql.splitList(v).stream()
                .flatMap(e -> names.apply(e).stream()).toList()));
        return r.with(r.arguments(), r.returnType(), r.body(), settings);
    }

    /**
     * The same name, the same argument names and modes, and types that read the same once qualifiers, quotes and
     * spelling are set aside: the server prints {@code app.mood} as {@code mood} when app is on the search_path.
     */
    @Override
    public boolean becomes(Routine desired, Routine canonical) {
        return desired.name().equals(canonical.name()) || desired.routine().equals(canonical.routine())
                && shape(desired).equals(shape(canonical)) && loose(desired).equals(loose(canonical));
    }

    /** The body as written (the scratch copy's body names the scratch schemas), and the declared rename. */
    @Override
    public Routine restore(Routine canonical, Routine desired) {
        // A SQL-standard body is compared as the server prints it (pg_get_functiondef), like a view's query.
        String body = desired.standardBody() ? canonical.body() : desired.body();
        return canonical.with(canonical.arguments(), canonical.returnType(), body, canonical.settings())
                .withName(canonical.name(), canonical.routine(), desired.renamedFrom(), List.of());
    }

    private static List<String> shape(Routine r) {
        return r.arguments().stream().filter(a -> a.mode() != Mode.TABLE)
                .map(a -> a.mode() + " " + a.name()).toList();
    }

    private static List<String> loose(Routine r) {
        return r.inputs().stream().map(a -> {
            String t = Signature.identityType(a.type()).replace("\"", "");
            return SqlText.foldCase(t.substring(t.lastIndexOf('.') + 1));
        }).toList();
    }

    @Override
    public Optional<Rejection> locate(Routine r, String statement, int offset, String where) {
        String quoted = SqlText.dollarQuoted(r.body());
        int at = statement.indexOf(quoted);
        int bodyStart = at < 0 ? -1 : at + quoted.indexOf('\n') + 1;
        // The body is sent between newlines: "at end of input" points just past it.
        if (bodyStart >= 0 && offset >= bodyStart + r.body().length() && offset <= bodyStart + r.body().length() + 1) {
            return Optional.of(new Rejection("body", "at the end of the body"));
        }
        if (bodyStart >= 0 && offset >= bodyStart && offset < bodyStart + r.body().length()) {
            String before = r.body().substring(0, offset - bodyStart);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            return Optional.of(new Rejection("body", "line " + line + ", column " + column + " of the body"));
        }
        Matcher near = where == null ? null : NEAR_LINE.matcher(where);
        if (near != null && near.find()) {
            // prosrc starts with the newline the tool puts before the body.
            int line = Math.max(1, Integer.parseInt(near.group(1)) - 1);
            return Optional.of(new Rejection("body", "near line " + line + " of the body"));
        }
        return Optional.empty();
    }

    // ---- dependencies

    /**
     * A SQL-standard body is parsed when it is created, so the columns it names must be there by their names then:
     * every word of the body as a column of every table it names (a superset, as for a view's query), so that the
     * body's step goes after the plan's column renames and adds.
     */
    @Override
    public Set<ObjectRef> columnsRead(String schema, Routine r) {
        if (!r.standardBody()) return Set.of();
        Set<String> words = new LinkedHashSet<>();
        for (List<String> name : SqlText.bodyNames(r.body())) words.add(name.get(name.size() - 1));
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (ObjectRef table : dependsOn(schema, r)) {
            if (table.kind() != ObjectRef.Kind.TABLE) continue;
            for (String word : words) out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, table.schema(), table.name(), word));
        }
        return out;
    }

    /**
     * What must exist first: the types of the arguments and the result (an enum, a domain, a table's row type),
     * the functions that argument defaults call, and for a SQL body the tables and functions it names — PostgreSQL
     * checks a SQL body when the function is created. A PL/pgSQL body is only parsed then.
     */
    @Override
    public Set<ObjectRef> dependsOn(String schema, Routine r) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (Argument a : r.arguments()) {
            typeRef(a.type()).ifPresent(out::add);
            if (a.defaultExpr() != null) out.addAll(calls(a.defaultExpr()));
        }
        if (r.returnType() != null) typeRef(r.returnType()).ifPresent(out::add);
        if (r.language().equals("sql")) {
            for (List<String> name : SqlText.bodyNames(r.body())) {
                out.add(ObjectRef.of(ObjectRef.Kind.TABLE, name.size() > 1 ? name.get(name.size() - 2) : null,
                        name.get(name.size() - 1)));
            }
            out.addAll(calls(r.body()));
        }
        if (r.language().equals("plpgsql")) {
            // The types of its variables (a composite type, a table's row type) must exist when it is created.
            for (List<String> name : SqlText.declaredTypes(r.body())) {
                String type = name.get(name.size() - 1);
                if (name.size() == 1 && TypeNames.isBuiltin(TypeNames.canonical(type))) continue;
                out.add(ObjectRef.of(ObjectRef.Kind.TYPE, name.size() > 1 ? name.get(name.size() - 2) : null, type));
            }
        }
        out.remove(ObjectRef.of(ObjectRef.Kind.FUNCTION, null, r.routine()));
        return out;
    }

    private static Optional<ObjectRef> typeRef(String type) {
        if (TypeNames.isBuiltin(TypeNames.canonical(type))) return Optional.empty();
        TypeName t = TypeName.of(type);
        return Optional.of(ObjectRef.of(ObjectRef.Kind.TYPE, t.schema(), t.name()));
    }

    /** The functions the text calls, as FUNCTION refs of their name (schema null when not qualified). */
    public static Set<ObjectRef> calls(String text) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (List<String> call : SqlText.calls(text)) {
            out.add(ObjectRef.of(ObjectRef.Kind.FUNCTION, call.size() > 1 ? call.get(call.size() - 2) : null,
                    call.get(call.size() - 1)));
        }
        return out;
    }

    /**
     * Changing the result, an input argument's name, or removing a default needs DROP and CREATE: CREATE OR
     * REPLACE refuses those ("cannot change return type of existing function").
     */
    @Override
    public boolean recreates(Routine from, Routine to) {
        return RoutineSteps.recreateReason(from, to) != null;
    }

    // ---- steps

    @Override
    public void create(String schema, Routine r, StepOut out) {
        RoutineSteps.create(schema, r, out);
    }

    @Override
    public void alter(String schema, Routine from, Routine to, List<TypeUse> usedBy, StepOut out) {
        RoutineSteps.alter(schema, from, to, out);
    }

    @Override
    public void drop(String schema, Routine r, List<TypeUse> usedBy, StepOut out) {
        RoutineSteps.drop(schema, r, out);
    }
}
