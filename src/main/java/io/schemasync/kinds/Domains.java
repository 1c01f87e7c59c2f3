package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Guard;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * Domains: {@code CREATE DOMAIN name AS type [COLLATE c] [DEFAULT e] [NOT NULL] [CONSTRAINT n CHECK (e)]...}.
 * Default, NOT NULL and checks change in place with ALTER DOMAIN; the base type and collation cannot (ALTER
 * DOMAIN has no TYPE), so such a change is refused. A new check on a domain that columns use is added NOT VALID
 * and then validated, after a read-only count of the rows that violate it.
 * See https://www.postgresql.org/docs/current/sql-createdomain.html and sql-alterdomain.html.
 */
public final class Domains implements ObjectKind<Domains.Domain> {
    public static final Domains KIND = new Domains();

    private static final Set<String> KEYS = Set.of("type", "nullable", "default", "checks", "collation", "comment");

    private Domains() {}

    /**
     * @param defaultExpr null for none
     * @param checks      sorted by name; expressions use {@code VALUE} for the value being checked
     * @param collation   null for the base type's own
     */
    public record Domain(String name, String type, boolean nullable, String defaultExpr, List<CheckConstraint> checks,
                         String collation, String comment) implements SchemaObject {
        public Domain {
            Objects.requireNonNull(name, "domain name");
            Objects.requireNonNull(type, "domain type");
            checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
        }

        @Override
        public ObjectRef.Kind refKind() {
            return ObjectRef.Kind.DOMAIN;
        }
    }

    @Override
    public String key() {
        return "domains";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.DOMAIN;
    }

    @Override
    public Class<Domain> type() {
        return Domain.class;
    }

    @Override
    public boolean isType() {
        return true;
    }

    // ---- YAML

    @Override
    public Optional<Domain> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        Optional<String> type = in.text("type");
        if (type.isEmpty()) {
            in.error(null, in.where() + " needs a type: { type: text, ... }");
            return Optional.empty();
        }
        boolean ok = sql(in, "type", null, () -> Sql.requireType(type.get()));
        Optional<String> dflt = in.text("default");
        if (dflt.isPresent()) ok &= sql(in, "default", null, () -> Sql.requireExpression(dflt.get()));
        List<CheckConstraint> checks = new ArrayList<>();
        for (var e : in.textMap("checks").entrySet()) {
            ok &= checkName(in, e.getKey()) && sql(in, "checks", e.getKey(), () -> Sql.requireExpression(e.getValue()));
            checks.add(new CheckConstraint(e.getKey(), SqlText.trim(e.getValue())));
        }
        if (!ok) return Optional.empty();
        return Optional.of(new Domain(name, SqlText.trim(type.get()), in.bool("nullable").orElse(true),
                dflt.map(SqlText::trim).orElse(null), checks, in.text("collation").orElse(null),
                in.text("comment").filter(c -> !c.isEmpty()).orElse(null)));
    }

    private static boolean checkName(YamlIn in, String name) {
        String problem = name.isEmpty() ? "is empty" : Identifiers.lengthProblem(name);
        if (problem != null) in.error("checks", name, "the name of check \"" + name + "\" of " + in.where() + " " + problem);
        return problem == null;
    }

    /** The one-expression check of the sql package; a refusal is reported where the text stands. */
    private static boolean sql(YamlIn in, String key, String entry, Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException e) {
            String what = (entry == null ? key : "check \"" + entry + "\"") + " of " + in.where() + ": ";
            if (entry == null) in.error(key, what + e.getMessage());
            else in.error(key, entry, what + e.getMessage());
            return false;
        }
    }

    @Override
    public Map<String, Object> write(Domain d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", d.type());
        if (d.collation() != null) out.put("collation", d.collation());
        if (!d.nullable()) out.put("nullable", false);
        if (d.defaultExpr() != null) out.put("default", d.defaultExpr());
        if (!d.checks().isEmpty()) {
            Map<String, Object> checks = new LinkedHashMap<>();
            d.checks().forEach(c -> checks.put(c.name(), c.expression()));
            out.put("checks", checks);
        }
        if (d.comment() != null) out.put("comment", d.comment());
        return out;
    }

    // ---- catalog

    /**
     * Checks are read with pg_get_expr (they print {@code VALUE}); contype 'c' only, since PostgreSQL 17 also
     * records a domain's NOT NULL in pg_constraint (typnotnull says it for every version).
     */
    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, t.typname::text as name,
                       pg_catalog.format_type(t.typbasetype, t.typtypmod) as type,
                       not t.typnotnull as nullable,
                       pg_catalog.pg_get_expr(t.typdefaultbin, 0) as default_expr,
                       case when t.typcollation <> b.typcollation then co.collname::text end as collation,
                       array(select k.conname::text from pg_catalog.pg_constraint k
                             where k.contypid = t.oid and k.contype = 'c' order by k.conname) as check_names,
                       array(select pg_catalog.pg_get_expr(k.conbin, 0) from pg_catalog.pg_constraint k
                             where k.contypid = t.oid and k.contype = 'c' order by k.conname) as check_exprs,
                       d.description as comment
                from pg_catalog.pg_type t
                join pg_catalog.pg_namespace n on n.oid = t.typnamespace
                join pg_catalog.pg_type b on b.oid = t.typbasetype
                left join pg_catalog.pg_collation co on co.oid = t.typcollation
                left join pg_catalog.pg_description d on d.objoid = t.oid
                     and d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass and d.objsubid = 0
                where t.typtype = 'd' and n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                                    and x.objid = t.oid and x.deptype = 'e')
                order by n.nspname, t.typname""";
    }

    @Override
    public Domain fromCatalog(CatalogRow row) {
        List<String> names = row.texts("check_names");
        List<String> exprs = row.texts("check_exprs");
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) checks.add(new CheckConstraint(names.get(i), exprs.get(i)));
        return new Domain(row.text("name"), row.text("type"), row.bool("nullable"), row.text("default_expr"), checks,
                row.text("collation"), row.text("comment"));
    }

    @Override
    public Domain mapSql(Domain d, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        return new Domain(d.name(), types.apply(d.type()), d.nullable(),
                d.defaultExpr() == null ? null : expressions.apply(d.defaultExpr()),
                d.checks().stream().map(c -> new CheckConstraint(c.name(), expressions.apply(c.expression()))).toList(),
                d.collation(), d.comment());
    }

    /**
     * The base type (a domain over an enum or another domain of a managed schema), named as written, and the
     * functions its default and checks call.
     */
    @Override
    public Set<ObjectRef> dependsOn(String schema, Domain d) {
        TypeName base = TypeName.of(d.type());
        Set<ObjectRef> out = new java.util.LinkedHashSet<>();
        out.add(ObjectRef.of(ObjectRef.Kind.TYPE, base.schema() == null ? schema : base.schema(), base.name()));
        if (d.defaultExpr() != null) out.addAll(Functions.calls(d.defaultExpr()));
        d.checks().forEach(c -> out.addAll(Functions.calls(c.expression())));
        return out;
    }

    /** A value is refused when it is NULL and the domain is NOT NULL, or when a check is false for it. */
    @Override
    public Optional<NewType> asNewType(Domain d) {
        return Optional.of(new NewType() {
            @Override
            public String baseType() {
                return d.type();
            }

            @Override
            public String defaultExpr() {
                return d.defaultExpr();
            }

            @Override
            public String refuses(String value) {
                List<String> refusals = new ArrayList<>();
                if (!d.nullable()) refusals.add("(" + value + ") IS NULL");
                for (CheckConstraint c : d.checks()) {
                    refusals.add("NOT " + Sql.expression(SqlText.replaceWord(c.expression(), "value", "(" + value + ")")));
                }
                return refusals.isEmpty() ? "false" : String.join(" OR ", refusals);
            }
        });
    }

    // ---- steps

    @Override
    public void create(String schema, Domain d, StepOut out) {
        String name = qualified(schema, d.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(Sql.requireType(d.type()));
        if (d.collation() != null) sql.append(" COLLATE ").append(quote(d.collation()));
        if (d.defaultExpr() != null) sql.append(" DEFAULT ").append(Sql.expression(d.defaultExpr()));
        if (!d.nullable()) sql.append(" NOT NULL");
        for (CheckConstraint c : d.checks()) {
            sql.append(" CONSTRAINT ").append(quote(c.name())).append(" CHECK ").append(Sql.expression(c.expression()));
        }
        StepOut.Step step = out.step(Act.CREATE, "create (" + d.type() + (d.nullable() ? "" : ", not null")
                + (d.checks().isEmpty() ? "" : ", " + checks(d.checks().size())) + ")")
                .sql(sql.toString(), Guard.doIf("NOT " + Guard.typeExists(schema, d.name()), sql.toString()));
        if (d.comment() != null) step.sql(comment(name, d.comment()));
    }

    private static String checks(int n) {
        return n == 1 ? "1 check" : n + " checks";
    }

    private static String comment(String name, String text) {
        return "COMMENT ON DOMAIN " + name + " IS " + literal(text);
    }

    @Override
    public void alter(String schema, Domain from, Domain to, List<TypeUse> usedBy, StepOut out) {
        if (!from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation())) {
            out.step(Act.ALTER, "base type " + describe(from) + " → " + describe(to)).risk(Risk.UNSUPPORTED,
                    "PostgreSQL cannot change the base type or collation of a domain in place (ALTER DOMAIN has no"
                            + " TYPE); create a new domain and convert the columns that use it");
            return;
        }
        new Alteration(schema, from, to, usedBy).emit(out);
    }

    private static String describe(Domain d) {
        return d.type() + (d.collation() == null ? "" : " collate " + d.collation());
    }

    @Override
    public void drop(String schema, Domain d, List<TypeUse> usedBy, StepOut out) {
        String name = qualified(schema, d.name());
        if (!usedBy.isEmpty()) {
            out.step(Act.DROP, "drop").risk(Risk.UNSUPPORTED, "columns use it (" + paths(usedBy)
                    + "); change their type first, then drop the domain");
            return;
        }
        out.step(Act.DROP, "drop").risk(Risk.DESTRUCTIVE, "drops the domain")
                .sql("DROP DOMAIN " + name, "DROP DOMAIN IF EXISTS " + name);
    }

    private static String paths(List<TypeUse> columns) {
        return columns.stream().map(TypeUse::path).sorted().collect(Collectors.joining(", "));
    }

    private static Optional<CheckConstraint> find(Domain d, String name) {
        return d.checks().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The ALTER DOMAIN statements of one change, in an order that always works: drops of checks before adds. Each
     * has a form the replayable script can run twice (PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS).
     */
    private record Alteration(String schema, Domain from, Domain to, List<TypeUse> usedBy) {
        void emit(StepOut out) {
            List<String> what = new ArrayList<>();
            List<String[]> sql = new ArrayList<>();
            List<CheckConstraint> added = new ArrayList<>();
            String name = qualified(schema, to.name());
            String alter = "ALTER DOMAIN " + name;
            if (!Objects.equals(from.defaultExpr(), to.defaultExpr())) {
                what.add(to.defaultExpr() == null ? "drop default" : "default " + to.defaultExpr());
                add(sql, alter + (to.defaultExpr() == null ? " DROP DEFAULT"
                        : " SET DEFAULT " + Sql.expression(to.defaultExpr())));
            }
            boolean dropsCheck = false;
            for (CheckConstraint c : from.checks()) {
                Optional<CheckConstraint> now = find(to, c.name());
                if (now.isPresent() && now.get().equals(c)) continue;
                String drop = alter + " DROP CONSTRAINT " + quote(c.name());
                sql.add(new String[] {drop, alter + " DROP CONSTRAINT IF EXISTS " + quote(c.name())});
                if (now.isEmpty()) {
                    what.add("drop check " + c.name());
                    dropsCheck = true;
                }
            }
            for (CheckConstraint c : to.checks()) {
                if (find(from, c.name()).filter(c::equals).isPresent()) continue;
                what.add((find(from, c.name()).isPresent() ? "replace check " : "add check ") + c.name());
                addCheck(alter, c, sql, added);
            }
            if (from.nullable() != to.nullable()) {
                what.add(to.nullable() ? "drop not null" : "set not null");
                add(sql, alter + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
                add(sql, comment(name, to.comment()));
            }
            StepOut.Step step = out.step(Act.ALTER, String.join(", ", what));
            sql.forEach(s -> step.sql(s[0], s[1]));
            if (dropsCheck) step.risk(Risk.DESTRUCTIVE, "drops a check of the domain");
            boolean setsNotNull = from.nullable() && !to.nullable();
            if (!added.isEmpty() || setsNotNull) scans(step, added, setsNotNull);
        }

        /** A statement that can run twice as it is. */
        private static void add(List<String[]> sql, String statement) {
            sql.add(new String[] {statement, statement});
        }

        /** With columns using the domain, NOT VALID then VALIDATE: the check is in place before the scan. */
        private void addCheck(String alter, CheckConstraint c, List<String[]> sql, List<CheckConstraint> added) {
            String add = alter + " ADD CONSTRAINT " + quote(c.name()) + " CHECK " + Sql.expression(c.expression());
            String exists = "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = pg_catalog.to_regtype("
                    + literal(qualified(schema, to.name())) + ") AND conname = " + literal(c.name()) + ")";
            if (usedBy.isEmpty()) {
                sql.add(new String[] {add, Guard.doIf("NOT " + exists, add)});
                return;
            }
            sql.add(new String[] {add + " NOT VALID", Guard.doIf("NOT " + exists, add + " NOT VALID")});
            add(sql, alter + " VALIDATE CONSTRAINT " + quote(c.name()));
            added.add(c);
        }

        /**
         * A new check or NOT NULL is checked against every row of the columns of the domain. PostgreSQL cannot do
         * that while a column holds an array of it (ALTER DOMAIN fails: "cannot alter type ... because column ...
         * uses it"), so that is refused; otherwise the rows that would fail are counted first.
         */
        private void scans(StepOut.Step step, List<CheckConstraint> added, boolean setsNotNull) {
            List<TypeUse> arrays = usedBy.stream().filter(TypeUse::array).toList();
            if (!arrays.isEmpty()) {
                String what = added.isEmpty() ? "set NOT NULL on" : setsNotNull ? "add a check to or set NOT NULL on"
                        : "add a check to";
                step.risk(Risk.UNSUPPORTED, "PostgreSQL cannot " + what + " a domain while columns hold arrays of it ("
                        + paths(arrays) + "): it cannot check the values inside them; change those columns' type"
                        + " first, or put the rule on the tables instead");
                return;
            }
            if (usedBy.isEmpty()) return;
            String where = paths(usedBy);
            for (CheckConstraint c : added) {
                // VALUE is a keyword token in the check; the lexer replaces only that token, never text in strings.
                step.check(count(col -> "NOT " + Sql.expression(SqlText.replaceWord(c.expression(), "value", col))),
                        "{n} rows have values in " + where + " that violate check " + c.name() + " of the domain;"
                                + " ADD CONSTRAINT would fail (fix those rows first)");
            }
            if (setsNotNull) {
                step.check(count(col -> col + " IS NULL"), "{n} rows have NULL in " + where
                        + "; SET NOT NULL on the domain would fail (backfill with UPDATE first)");
            }
            step.risk(Risk.LOCKS_TABLE, "scans " + where + " while blocking writes to "
                    + (usedBy.size() == 1 ? "that table" : "those tables"));
        }

        /** The sum over every column of the domain of the rows matching {@code condition(column)}. */
        private String count(UnaryOperator<String> condition) {
            return "SELECT " + usedBy.stream().map(TypeUse::column).map(c -> "(SELECT count(*) FROM "
                    + qualified(c.schema(), c.table()) + " WHERE " + condition.apply(quote(c.name())) + ")")
                    .collect(Collectors.joining(" + "));
        }
    }
}
