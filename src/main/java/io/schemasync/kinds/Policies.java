package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Guard;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * Row-level security policies: {@code CREATE POLICY name ON table AS {PERMISSIVE|RESTRICTIVE} FOR command TO roles
 * USING (expr) WITH CHECK (expr)}. The second kind that belongs to a table (after {@link Triggers}): the YAML has them
 * under the table, a table rename carries them along, and dropping the table drops them. Roles, USING and WITH CHECK
 * change in place ({@code ALTER POLICY}); the command and PERMISSIVE/RESTRICTIVE cannot, so a change of either drops
 * and creates the policy in the same transaction. The expressions are read with {@code pg_get_expr}, as the server
 * prints them (canonicalization prints the YAML's the same way). Roles are cluster-wide and never created here.
 * See https://www.postgresql.org/docs/current/sql-createpolicy.html.
 */
public final class Policies implements ObjectKind<Policy> {
    public static final Policies KIND = new Policies();

    private static final Set<String> KEYS = Set.of("command", "permissive", "roles", "using", "with_check", "comment",
            "renamed_from");
    private static final Map<String, String> COMMAND_CODES = Map.of("*", "all", "r", "select", "a", "insert",
            "w", "update", "d", "delete");

    private Policies() {}

    @Override
    public String key() {
        return "policies";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.POLICY;
    }

    @Override
    public Class<Policy> type() {
        return Policy.class;
    }

    @Override
    public boolean isType() {
        return false;
    }

    @Override
    public boolean belongsToTable() {
        return true;
    }

    /** Materialized with its table (its expressions read its columns, and may read other tables). */
    @Override
    public boolean usesRelations() {
        return true;
    }

    /** {@code posts.owner_can_read} (as {@code drop:} names a policy) is the policy's identity. */
    @Override
    public String identity(String key) {
        List<String> parts = Triggers.qualifiedName(key);
        return parts.size() == 2 ? Policy.identity(parts.get(0), parts.get(1)) : key;
    }

    @Override
    public boolean readable(String key) {
        return Triggers.qualifiedName(key).size() == 2;
    }

    @Override
    public String identityExample() {
        return "a table and its policy like posts.owner_can_read";
    }

    @Override
    public String yamlKey(Policy p) {
        return p.policy();
    }

    @Override
    public Optional<String> renamedFrom(Policy p) {
        return Optional.ofNullable(p.renamedFrom()).map(old -> Policy.identity(p.table(), old));
    }

    @Override
    public Policy restore(Policy canonical, Policy desired) {
        return canonical.withRenamedFrom(desired.renamedFrom());
    }

    @Override
    public Set<String> describedAs(String schema, Policy p) {
        Set<String> out = new LinkedHashSet<>();
        for (String relation : List.of("table ", "partitioned table ")) {
            out.add("policy " + p.policy() + " on " + relation + Identifiers.display(p.table()));
            out.add("policy " + p.policy() + " on " + relation + Identifiers.display(schema) + "."
                    + Identifiers.display(p.table()));
        }
        return out;
    }

    @Override
    public Policy onTable(Policy p, String table, UnaryOperator<String> columns, UnaryOperator<String> expressions) {
        return p.withTable(table, p.using() == null ? null : expressions.apply(p.using()),
                p.withCheck() == null ? null : expressions.apply(p.withCheck()));
    }

    // ---- YAML

    @Override
    public Optional<Policy> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        String where = in.where();
        boolean failed = false;
        String command = in.text("command").map(s -> s.strip().toLowerCase()).orElse("all");
        if (!Policy.COMMANDS.contains(command)) {
            in.error("command", "command of " + where + " must be all, select, insert, update or delete, not \""
                    + command + "\"");
            failed = true;
        }
        boolean permissive = in.bool("permissive").orElse(true);
        List<String> roles = new ArrayList<>();
        for (String r : in.texts("roles").orElse(List.of())) {
            String role = r.strip().equalsIgnoreCase("public") ? "public" : r.strip();
            String problem = Identifiers.lengthProblem(role);
            if (problem != null) {
                in.error("roles", "roles of " + where + ": \"" + role + "\" " + problem);
                failed = true;
            }
            roles.add(role);
        }
        if (roles.stream().distinct().count() != roles.size()) {
            in.error("roles", "roles of " + where + " name a role twice");
            failed = true;
        }
        if (roles.contains("public") && roles.size() > 1) {
            in.error("roles", "roles of " + where + " include public, which is every role: leave the others out");
            failed = true;
        }
        String using = expression(in, "using", where);
        String withCheck = expression(in, "with_check", where);
        if (in.text("using").filter(s -> !SqlText.trim(s).isEmpty()).isPresent() && using == null
                || in.text("with_check").filter(s -> !SqlText.trim(s).isEmpty()).isPresent() && withCheck == null) {
            failed = true;
        }
        if (withCheck != null && (command.equals("select") || command.equals("delete"))) {
            in.error("with_check", where + " is for " + command + ", which has no new rows to check: leave with_check"
                    + " out (using: decides which rows it sees)");
            failed = true;
        }
        if (using != null && command.equals("insert")) {
            in.error("using", where + " is for insert, which reads no existing rows: write the condition as"
                    + " with_check");
            failed = true;
        }
        String renamedFrom = in.text("renamed_from").map(String::strip).orElse(null);
        if (renamedFrom != null) {
            String problem = Identifiers.lengthProblem(renamedFrom);
            if (problem != null) {
                in.error("renamed_from", "renamed_from of " + where + ": \"" + renamedFrom + "\" " + problem);
                failed = true;
            }
        }
        if (failed) return Optional.empty();
        return Optional.of(new Policy(in.table(), name, command, permissive, roles, using, withCheck,
                in.text("comment").filter(c -> !c.isEmpty()).orElse(null), renamedFrom));
    }

    private static String expression(YamlIn in, String key, String where) {
        Optional<String> written = in.text(key);
        if (written.isEmpty() || SqlText.trim(written.get()).isEmpty()) return null;
        try {
            return SqlText.requireExpression(written.get());
        } catch (IllegalArgumentException e) {
            in.error(key, key + " of " + where + ": " + e.getMessage());
            return null;
        }
    }

    @Override
    public Map<String, Object> write(Policy p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", p.command());
        if (!p.permissive()) out.put("permissive", false);
        if (!p.roles().equals(List.of("public"))) out.put("roles", p.roles());
        if (p.using() != null) out.put("using", p.using());
        if (p.withCheck() != null) out.put("with_check", p.withCheck());
        if (p.comment() != null) out.put("comment", p.comment());
        return out;
    }

    // ---- catalog

    /** The policies of the tables of the managed schemas, without those of tables that belong to an extension. */
    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, c.relname::text as table_name, p.polname::text as name,
                       p.polcmd::text as command, p.polpermissive as permissive,
                       array(select case when r = 0 then 'public' else pg_catalog.pg_get_userbyid(r)::text end
                             from unnest(p.polroles) r order by 1) as roles,
                       pg_catalog.pg_get_expr(p.polqual, p.polrelid) as using_expr,
                       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) as with_check,
                       d.description as comment
                from pg_catalog.pg_policy p
                join pg_catalog.pg_class c on c.oid = p.polrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                left join pg_catalog.pg_description d on d.objoid = p.oid
                     and d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass and d.objsubid = 0
                where n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                    and x.objid = c.oid and x.deptype = 'e')
                order by n.nspname, c.relname, p.polname""";
    }

    @Override
    public Policy fromCatalog(CatalogRow row) {
        return new Policy(row.text("table_name"), row.text("name"),
                COMMAND_CODES.getOrDefault(row.text("command"), "all"), row.bool("permissive"), row.texts("roles"),
                row.text("using_expr"), row.text("with_check"), row.text("comment"), null);
    }

    @Override
    public Policy mapSql(Policy p, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        return p.withTable(p.table(), p.using() == null ? null : expressions.apply(p.using()),
                p.withCheck() == null ? null : expressions.apply(p.withCheck()));
    }

    /** Its table and the functions its expressions call. */
    @Override
    public Set<ObjectRef> dependsOn(String schema, Policy p) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        out.add(ObjectRef.of(ObjectRef.Kind.TABLE, schema, p.table()));
        if (p.using() != null) out.addAll(Functions.calls(p.using()));
        if (p.withCheck() != null) out.addAll(Functions.calls(p.withCheck()));
        return out;
    }

    /** Every word of the expressions as a column of the table. */
    @Override
    public Set<ObjectRef> columnsRead(String schema, Policy p) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (String e : new String[] {p.using(), p.withCheck()}) {
            if (e == null) continue;
            for (List<String> name : SqlText.names(e)) {
                out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, schema, p.table(), name.get(name.size() - 1)));
            }
        }
        return out;
    }

    @Override
    public Optional<Rejection> locate(Policy p, String statement, int offset, String where) {
        if (offset < 0) return Optional.empty();
        for (String[] part : new String[][] {{"using", " USING (", p.using()}, {"with_check", " WITH CHECK (",
                p.withCheck()}}) {
            if (part[2] == null) continue;
            int start = statement.indexOf(part[1] + part[2] + ")");
            int from = start + part[1].length();
            if (start >= 0 && offset >= from && offset <= from + part[2].length()) {
                return Optional.of(new Rejection(part[0], "at character " + (offset - from + 1) + " of the expression"));
            }
        }
        return Optional.empty();
    }

    // ---- steps

    static String create(String schema, Policy p) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(quote(p.policy())).append(" ON ")
                .append(qualified(schema, p.table())).append(" AS ").append(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append(" FOR ").append(p.command().toUpperCase()).append(" TO ").append(roles(p));
        if (p.using() != null) sql.append(" USING (").append(SqlText.requireExpression(p.using())).append(')');
        if (p.withCheck() != null) {
            sql.append(" WITH CHECK (").append(SqlText.requireExpression(p.withCheck())).append(')');
        }
        return sql.toString();
    }

    private static String roles(Policy p) {
        return String.join(", ", p.roles().stream().map(r -> r.equals("public") ? "PUBLIC" : quote(r)).toList());
    }

    private static String ifPolicy(String schema, String table, String name, boolean exists, String statement) {
        return Guard.doIf((exists ? "" : "NOT ") + Guard.policyExists(schema, table, name), statement);
    }

    static String drop(String schema, Policy p, boolean ifExists) {
        return "DROP POLICY " + (ifExists ? "IF EXISTS " : "") + quote(p.policy()) + " ON " + qualified(schema, p.table());
    }

    static String comment(String schema, Policy p) {
        return "COMMENT ON POLICY " + quote(p.policy()) + " ON " + qualified(schema, p.table()) + " IS "
                + (p.comment() == null ? "NULL" : literal(p.comment()));
    }

    /** "permissive select to anon, authenticated". */
    static String describe(Policy p) {
        return (p.permissive() ? "permissive " : "restrictive ") + p.command() + " to " + String.join(", ", p.roles());
    }

    @Override
    public void create(String schema, Policy p, StepOut out) {
        StepOut.Step step = out.step(Act.CREATE, "create (" + describe(p) + ")")
                .sql(create(schema, p), ifPolicy(schema, p.table(), p.policy(), false, create(schema, p)));
        if (p.comment() != null) step.sql(comment(schema, p));
    }

    /**
     * A rename first (ALTER POLICY ... RENAME keeps everything else); then ALTER POLICY for roles, USING and WITH
     * CHECK, or a drop and a create in the same transaction when the command or PERMISSIVE/RESTRICTIVE changes, or an
     * expression is removed (ALTER POLICY can set one but not take it away).
     */
    @Override
    public void alter(String schema, Policy from, Policy to, List<TypeUse> usedBy, StepOut out) {
        List<String> what = new ArrayList<>();
        List<String[]> sql = new ArrayList<>();
        if (!from.policy().equals(to.policy())) {
            what.add("rename from " + from.policy());
            String rename = "ALTER POLICY " + quote(from.policy()) + " ON " + qualified(schema, to.table())
                    + " RENAME TO " + quote(to.policy());
            sql.add(new String[] {rename, ifPolicy(schema, to.table(), from.policy(), true, rename)});
        }
        boolean removesExpression = from.using() != null && to.using() == null
                || from.withCheck() != null && to.withCheck() == null;
        boolean recreated = !from.sameKind(to) || removesExpression;
        if (!from.command().equals(to.command())) what.add("command " + from.command() + " → " + to.command());
        if (from.permissive() != to.permissive()) what.add(to.permissive() ? "permissive" : "restrictive");
        if (!from.roles().equals(to.roles())) what.add("roles " + String.join(", ", to.roles()));
        if (!Objects.equals(from.using(), to.using())) what.add(to.using() == null ? "no using" : "new using");
        if (!Objects.equals(from.withCheck(), to.withCheck())) {
            what.add(to.withCheck() == null ? "no with_check" : "new with_check");
        }
        if (recreated) {
            what.add("(drop and create)");
            sql.add(new String[] {drop(schema, to, false), drop(schema, to, true)});
            sql.add(new String[] {create(schema, to), ifPolicy(schema, to.table(), to.policy(), false, create(schema, to))});
        } else {
            StringBuilder alter = new StringBuilder();
            if (!from.roles().equals(to.roles())) alter.append(" TO ").append(roles(to));
            if (!Objects.equals(from.using(), to.using())) {
                alter.append(" USING (").append(SqlText.requireExpression(to.using())).append(')');
            }
            if (!Objects.equals(from.withCheck(), to.withCheck())) {
                alter.append(" WITH CHECK (").append(SqlText.requireExpression(to.withCheck())).append(')');
            }
            if (!alter.isEmpty()) {
                sql.add(new String[] {"ALTER POLICY " + quote(to.policy()) + " ON " + qualified(schema, to.table())
                        + alter, null});
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
        }
        if (!Objects.equals(from.comment(), to.comment()) && !(recreated && to.comment() == null)
                || recreated && to.comment() != null) {
            sql.add(new String[] {comment(schema, to), null});
        }
        StepOut.Step step = out.step(Act.ALTER, String.join(", ", what).replace(", (", " ("));
        for (String[] s : sql) {
            if (s[1] == null) step.sql(s[0]);
            else step.sql(s[0], s[1]);
        }
    }

    /**
     * Destructive: while row-level security is on, a policy decides who sees and writes which rows; dropping a
     * permissive one takes access away (and can lock the application out), dropping a restrictive one gives access
     * that it held back.
     */
    /**
     * A policy naming a column whose type changes is dropped for a moment and created again after it, in the same
     * transaction (row-level security stays enabled: for that moment nothing is allowed by it, and nothing else runs).
     */
    @Override
    public boolean canReattach() {
        return true;
    }

    @Override
    public String dropStatement(String schema, Policy p, boolean ifExists) {
        return drop(schema, p, ifExists);
    }

    @Override
    public void drop(String schema, Policy p, List<TypeUse> usedBy, StepOut out) {
        String effect = p.permissive() ? "the rows it lets " + String.join(", ", p.roles()) + " " + verb(p)
                + " are no longer allowed by it (access narrows)"
                : "the rows it holds back from " + String.join(", ", p.roles()) + " are no longer held back (access"
                + " widens)";
        out.step(Act.DROP, "drop").risk(Risk.DESTRUCTIVE, "drops the row-level security policy on " + schema + "."
                        + p.table() + ": " + effect)
                .sql(drop(schema, p, false), drop(schema, p, true));
    }

    private static String verb(Policy p) {
        return p.command().equals("all") ? "read and write" : p.command();
    }
}
