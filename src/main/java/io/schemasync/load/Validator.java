package io.schemasync.load;

import io.schemasync.load.Node.Loc;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.Database;
import io.schemasync.sql.Sql;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks that need the whole merged model: references between objects, names that must be unique, types. */
final class Validator {
    private final Reader r;
    private final Locations locations;
    private final Database db;
    private final TypeCheck types;

    Validator(Reader reader, Locations locations, Database db) {
        this.r = reader;
        this.locations = locations;
        this.db = db;
        this.types = new TypeCheck(db);
    }

    /**
     * Fills in the referenced columns of foreign keys written without them (the target's primary key), then runs
     * every check; problems go to the reader's diagnostics.
     */
    Database run() {
        Database resolved = resolveReferences();
        for (Schema s : resolved.schemas()) {
            checkSchemaNames(s);
            checkRoutines(resolved, s);
            s.sequences().forEach(q -> checkOwnedBy(s, q));
            s.tables().forEach(t -> checkTable(resolved, s, t));
        }
        return resolved;
    }

    private Database resolveReferences() {
        var schemas = new ArrayList<Schema>();
        for (Schema s : db.schemas()) {
            schemas.add(s.withTables(s.tables().stream().map(t -> resolve(s, t)).toList()));
        }
        return db.withSchemas(schemas);
    }

    private Table resolve(Schema s, Table t) {
        if (t.foreignKeys().stream().noneMatch(fk -> fk.refColumns().isEmpty())) return t;
        var fks = new ArrayList<ForeignKey>();
        for (ForeignKey fk : t.foreignKeys()) {
            fks.add(fk.refColumns().isEmpty() ? withPrimaryKey(s, t, fk) : fk);
        }
        return t.withForeignKeys(fks);
    }

    private ForeignKey withPrimaryKey(Schema s, Table t, ForeignKey fk) {
        Loc loc = locations.at(Locations.in("fk.references", s.name(), t.name(), fk.name()));
        String what = "foreign key " + Reader.quoted(fk.name()) + " of " + tableName(s.name(), t.name());
        List<String> pk = List.of();
        if (db.schema(fk.refSchema()).isEmpty()) {
            r.error(loc, what + " references " + fk.refSchema() + "." + fk.refTable() + " without columns, but "
                    + "schema " + Reader.quoted(fk.refSchema()) + " is not in the YAML; name the columns: "
                    + fk.refTable() + "(id)");
        } else {
            Optional<Table> target = db.table(fk.refSchema(), fk.refTable());
            if (target.isPresent() && target.get().primaryKey() == null) {
                r.error(loc, what + " references " + tableName(fk.refSchema(), fk.refTable()) + ", which has no "
                        + "primary key; name the referenced columns: " + fk.refTable() + "(column)");
            }
            pk = target.map(x -> x.primaryKey() == null ? List.<String>of() : x.primaryKey().columns())
                    .orElse(List.of());
        }
        return new ForeignKey(fk.name(), fk.columns(), fk.refSchema(), fk.refTable(), pk, fk.onDelete(),
                fk.onUpdate(), fk.matchFull(), fk.deferral(), fk.validated());
    }

    static String tableName(String schema, String table) {
        return "table " + Reader.quoted(schema + "." + table);
    }

    /** The tables where apply records its history and the canonical forms it found in sync; never planned. */
    static final String HISTORY_SCHEMA = "schemasync";
    static final String HISTORY_TABLE = "history";
    static final String KNOWN_FORMS_TABLE = "known_forms";

    /** The columns a table has from its parents (inherits) or its partitioned table, transitively. */
    private void inheritedColumns(Schema s, Table t, java.util.Set<String> out, java.util.Set<String> seen) {
        List<io.schemasync.model.ObjectRef> parents = new java.util.ArrayList<>();
        t.partitioning().inherits().forEach(p -> parents.add(io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TABLE, s.name(), p)));
        if (t.partitioning().parent() != null) {
            parents.add(io.schemasync.model.ObjectRef.of(io.schemasync.model.ObjectRef.Kind.TABLE, t.partitioning().parentSchemaOr(s.name()),
                    t.partitioning().parent()));
        }
        for (var p : parents) {
            if (!seen.add(p.schema() + "." + p.name())) continue;
            db.schema(p.schema()).ifPresent(ps -> ps.table(p.name()).ifPresent(pt -> {
                pt.columns().forEach(c -> out.add(c.name()));
                inheritedColumns(ps, pt, out, seen);
            }));
        }
    }

    /** Parents named in inherits are tables of the same schema; a partitioned table cannot be inherited from. */
    private void checkParents(Schema s, Table t) {
        for (String p : t.partitioning().inherits()) {
            var parent = s.table(p);
            String problem = parent.isEmpty() ? "names " + Reader.quoted(s.name() + "." + p) + ", which is not a table"
                    + " of the YAML in the same schema" + Reader.didYouMean(p, s.tables().stream().map(Table::name).toList())
                    : parent.get().partitioning().isPartitioned() || parent.get().partitioning().isPartition()
                    ? "names " + Reader.quoted(s.name() + "." + p) + ", a partitioned table or a partition (PostgreSQL"
                    + " cannot inherit from those: use a partition instead)" : p.equals(t.name()) ? "names the table itself" : null;
            if (problem != null) {
                r.error(locations.at(Locations.table(s.name(), t.name())), "inherits of table "
                        + Reader.quoted(s.name() + "." + t.name()) + " " + problem);
            }
        }
    }

    private void checkTable(Database resolved, Schema s, Table t) {
        if (s.name().equals(HISTORY_SCHEMA) && t.name().equals(HISTORY_TABLE)) {
            r.error(locations.at(Locations.table(s.name(), t.name())), "table schemasync.history is where schemasync"
                    + " records every apply; choose another name (or another schema)");
        }
        if (s.name().equals(HISTORY_SCHEMA) && t.name().equals(KNOWN_FORMS_TABLE)) {
            r.error(locations.at(Locations.table(s.name(), t.name())), "table schemasync.known_forms is where"
                    + " schemasync records the canonical forms it found in sync; choose another name (or another schema)");
        }
        var columns = new HashSet<String>();
        t.columns().forEach(c -> columns.add(c.name()));
        inheritedColumns(s, t, columns, new HashSet<>());
        checkParents(s, t);
        if (t.primaryKey() != null) checkColumns(s, t, columns, t.primaryKey().columns(), "pk.col", "",
                "the primary key", "pk:" + s.name() + "." + t.name());
        t.uniques().forEach(u -> checkColumns(s, t, columns, u.columns(), "unique.col", u.name(),
                "unique constraint " + Reader.quoted(u.name()), Locations.in("unique", s.name(), t.name(), u.name())));
        t.indexes().forEach(i -> checkIndex(s, t, columns, i, "index", "index"));
        t.exclusions().forEach(x -> checkIndex(s, t, columns, x.index(), "exclude", "exclusion constraint"));
        t.foreignKeys().forEach(fk -> checkForeignKey(resolved, s, t, columns, fk));
        // A type that is not a type name at all is reported once, by checkSqlText, not again as an unknown type.
        t.columns().stream().filter(c -> c.type().indexOf('\0') < 0 && isTypeName(c.type())).forEach(c -> types.check(s, t, c)
                .ifPresent(msg -> r.error(locations.at(Locations.in("column.type", s.name(), t.name(), c.name())), msg)));
        checkSqlText(s, t);
        checkConstraintNames(s, t);
        checkRenames(s, t);
        checkTriggers(s, t, columns);
        checkDistribution(resolved, s, t, columns);
    }

    /**
     * The distribution column is a column of the table; colocate_with names a hash-distributed table of the YAML,
     * whose shard count is the table's own (Citus takes it from the table it colocates with).
     */
    private void checkDistribution(Database resolved, Schema s, Table t, Set<String> columns) {
        var found = s.object(io.schemasync.model.ObjectRef.Kind.DISTRIBUTION, t.name());
        if (found.isEmpty() || !(found.get() instanceof io.schemasync.kinds.Distribution d) || d.reference()) return;
        String where = "distribution of " + tableName(s.name(), t.name());
        if (!columns.contains(d.column())) {
            error(locations.at(Locations.schemaLevel("distribution.column", s.name(), t.name())), where
                    + " names column " + Reader.quoted(d.column()) + ", which the table does not have"
                    + Reader.didYouMean(d.column(), List.copyOf(columns)));
        }
        if (!d.colocatesWithTable()) return;
        List<String> peer = io.schemasync.kinds.Distributions.colocatedTable(s.name(), d);
        var other = resolved.schema(peer.get(0)).flatMap(x -> x.object(io.schemasync.model.ObjectRef.Kind.DISTRIBUTION,
                peer.get(1))).map(io.schemasync.kinds.Distribution.class::cast);
        Loc loc = locations.at(Locations.schemaLevel("distribution.colocate_with", s.name(), t.name()));
        if (other.isEmpty() || other.get().reference()) {
            error(loc, where + " is colocated with " + tableName(peer.get(0), peer.get(1)) + ", which is no"
                    + " distributed table of the YAML: give that table distribution: {column: ...}, or write"
                    + " colocate_with: none or default");
        } else if (d.shardCount() != null && other.get().shardCount() != null
                && !d.shardCount().equals(other.get().shardCount())) {
            error(locations.at(Locations.schemaLevel("distribution.shard_count", s.name(), t.name())), where
                    + " has shard_count " + d.shardCount() + " but is colocated with " + tableName(peer.get(0),
                    peer.get(1)) + ", which has " + other.get().shardCount() + ": colocated tables share their"
                    + " shards (remove shard_count here, or make them equal)");
        }
    }

    /** UPDATE OF names columns of the trigger's table. */
    private void checkTriggers(Schema s, Table t, Set<String> columns) {
        for (var o : s.objects()) {
            if (!(o instanceof io.schemasync.kinds.Trigger trigger) || !t.name().equals(trigger.table())) continue;
            for (String column : trigger.updateOf()) {
                if (columns.contains(column)) continue;
                error(locations.at(Locations.schemaLevel("triggers.update_of", s.name(), o.name()),
                        Locations.schemaLevel("triggers", s.name(), o.name())), "update_of of trigger "
                        + Reader.quoted(trigger.trigger()) + " of " + tableName(s.name(), t.name()) + " names column "
                        + Reader.quoted(column) + ", which the table does not have"
                        + Reader.didYouMean(column, List.copyOf(columns)));
            }
        }
    }

    /**
     * Every piece of SQL text must be exactly one expression (or one type name): whoever wrote the YAML, it cannot
     * end the statement it is placed in and start another.
     */
    private void checkSqlText(Schema s, Table t) {
        String table = Locations.table(s.name(), t.name());
        for (var c : t.columns()) {
            String col = Locations.in("column", s.name(), t.name(), c.name());
            sql(c.type(), Sql::requireType, "column " + Reader.quoted(c.name()), col, table);
            if (c.defaultExpr() != null) sql(c.defaultExpr(), Sql::requireExpression, "the default of column "
                    + Reader.quoted(c.name()), col, table);
            if (c.generated() != null) sql(c.generated(), Sql::requireExpression, "the generated expression of"
                    + " column " + Reader.quoted(c.name()), col, table);
        }
        t.checks().forEach(ck -> sql(ck.expression(), Sql::requireExpression, "check " + Reader.quoted(ck.name()),
                Locations.in("check", s.name(), t.name(), ck.name()), table));
        for (var ix : t.indexes()) {
            String at = Locations.in("index", s.name(), t.name(), ix.name());
            if (ix.where() != null) sql(ix.where(), Sql::requireExpression, "the where of index "
                    + Reader.quoted(ix.name()), at, table);
            ix.keys().stream().filter(k -> !k.column()).forEach(k -> sql(k.expression(), Sql::requireExpression,
                    "a key of index " + Reader.quoted(ix.name()), at, table));
        }
        for (var x : t.exclusions()) {
            String at = Locations.in("exclude", s.name(), t.name(), x.name());
            String what = "exclusion constraint " + Reader.quoted(x.name());
            if (x.index().where() != null) sql(x.index().where(), Sql::requireExpression, "the where of " + what, at, table);
            x.index().keys().stream().filter(k -> !k.column()).forEach(k -> sql(k.expression(), Sql::requireExpression,
                    "an element of " + what, at, table));
        }
    }

    private static boolean isTypeName(String type) {
        try {
            Sql.requireType(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A NUL byte was reported where the YAML was read (YamlTree); the text is not checked a second time. */
    private void sql(String text, java.util.function.UnaryOperator<String> check, String what, String... paths) {
        if (text.indexOf('\0') >= 0) return;
        try {
            check.apply(text);
        } catch (IllegalArgumentException e) {
            r.error(locations.at(paths), what + ": " + e.getMessage());
        }
    }

    private void checkColumns(Schema s, Table t, Set<String> columns, List<String> names, String kind, String owner,
                              String what, String ownerPath) {
        for (String name : names) {
            if (columns.contains(name)) continue;
            Loc loc = locations.at(Locations.in(kind, s.name(), t.name(), owner + "/" + name), ownerPath,
                    Locations.table(s.name(), t.name()));
            r.error(loc, what + " of " + tableName(s.name(), t.name()) + " names column " + Reader.quoted(name)
                    + ", which the table does not have" + Reader.didYouMean(name, columns));
        }
    }

    /** @param kind "index", or "exclude" for the index of an exclusion constraint (where the YAML locations are) */
    private void checkIndex(Schema s, Table t, Set<String> columns, Index index, String kind, String word) {
        String ownerPath = Locations.in(kind, s.name(), t.name(), index.name());
        String what = word + " " + Reader.quoted(index.name());
        for (int i = 0; i < index.keys().size(); i++) {
            IndexKey key = index.keys().get(i);
            if (key.column() || !IndexKeys.looksLikeColumn(key.expression())) continue;
            Loc loc = locations.at(Locations.in(kind + ".key", s.name(), t.name(), index.name() + "/" + i), ownerPath);
            r.error(loc, what + " of " + tableName(s.name(), t.name()) + " names column "
                    + Reader.quoted(key.expression()) + ", which the table does not have"
                    + Reader.didYouMean(key.expression(), columns));
        }
        checkColumns(s, t, columns, index.include(), kind + ".include", index.name(), what + " (include)", ownerPath);
    }

    private void checkForeignKey(Database resolved, Schema s, Table t, Set<String> columns, ForeignKey fk) {
        String what = "foreign key " + Reader.quoted(fk.name());
        String ownerPath = Locations.in("fk", s.name(), t.name(), fk.name());
        checkColumns(s, t, columns, fk.columns(), "fk.col", fk.name(), what, ownerPath);
        Loc refLoc = locations.at(Locations.in("fk.references", s.name(), t.name(), fk.name()), ownerPath);
        String full = what + " of " + tableName(s.name(), t.name());
        if (resolved.schema(fk.refSchema()).isPresent()) {
            Optional<Table> target = resolved.table(fk.refSchema(), fk.refTable());
            if (target.isEmpty()) {
                r.error(refLoc, full + " references " + tableName(fk.refSchema(), fk.refTable()) + ", which is not "
                        + "defined" + Reader.didYouMean(fk.refTable(), resolved.schema(fk.refSchema()).orElseThrow()
                        .tables().stream().map(Table::name).toList()));
                return;
            }
            for (String c : fk.refColumns()) {
                if (target.get().column(c).isEmpty()) r.error(refLoc, full + " references column "
                        + Reader.quoted(c) + ", which " + tableName(fk.refSchema(), fk.refTable())
                        + " does not have" + Reader.didYouMean(c, target.get().columns().stream()
                        .map(Column::name).toList()));
            }
        }
        if (!fk.refColumns().isEmpty() && fk.refColumns().size() != fk.columns().size()) {
            r.error(refLoc, full + " has " + fk.columns().size() + " column(s) but references "
                    + fk.refColumns().size() + "; the lists must match one to one");
        }
    }

    /** PostgreSQL requires constraint names to be unique within a table. */
    private void checkConstraintNames(Schema s, Table t) {
        var seen = new HashMap<String, String>();
        for (Constraint c : t.constraints()) {
            String kind = kindOf(c);
            String previous = seen.putIfAbsent(c.name(), kind);
            if (previous != null) {
                r.error(constraintLoc(s, t, c), "constraint name " + Reader.quoted(c.name()) + " is used twice in "
                        + tableName(s.name(), t.name()) + " (" + previous + " and " + kind + "); rename one");
            }
        }
    }

    private Loc constraintLoc(Schema s, Table t, Constraint c) {
        String kind = switch (c) {
            case io.schemasync.model.PrimaryKey p -> "pk";
            case io.schemasync.model.UniqueConstraint u -> "unique";
            case io.schemasync.model.CheckConstraint ch -> "check";
            case ForeignKey f -> "fk";
            case io.schemasync.model.ExclusionConstraint x -> "exclude";
        };
        return kind.equals("pk") ? locations.at("pk:" + s.name() + "." + t.name())
                : locations.at(Locations.in(kind, s.name(), t.name(), c.name()));
    }

    private static String kindOf(Constraint c) {
        return switch (c) {
            case io.schemasync.model.PrimaryKey p -> "primary key";
            case io.schemasync.model.UniqueConstraint u -> "unique";
            case io.schemasync.model.CheckConstraint ch -> "check";
            case ForeignKey f -> "foreign key";
            case io.schemasync.model.ExclusionConstraint x -> "exclusion constraint";
        };
    }

    /**
     * Tables, sequences and indexes (including those behind PRIMARY KEY and UNIQUE) share one namespace per
     * schema (pg_class); tables and enums share another (pg_type: every table has a row type).
     */
    private void checkSchemaNames(Schema s) {
        var relations = new HashMap<String, String>();
        for (Sequence q : s.sequences()) claim(relations, q.name(), "sequence " + Reader.quoted(q.name()),
                locations.at(Locations.schemaLevel("sequence", s.name(), q.name())), s);
        for (Table t : s.tables()) claim(relations, t.name(), tableName(s.name(), t.name()),
                locations.at(Locations.table(s.name(), t.name())), s);
        for (var o : s.objects()) {
            if (Kinds.of(o).isRelation()) claim(relations, o.name(), o.refKind().word() + " " + Reader.quoted(o.name()),
                    locations.at(Locations.schemaLevel(Kinds.of(o).key(), s.name(), o.name())), s);
        }
        for (Table t : s.tables()) {
            if (t.primaryKey() != null) claim(relations, t.primaryKey().name(), "the primary key of "
                    + tableName(s.name(), t.name()), locations.at("pk:" + s.name() + "." + t.name()), s);
            t.uniques().forEach(u -> claim(relations, u.name(), "unique constraint " + Reader.quoted(u.name()),
                    locations.at(Locations.in("unique", s.name(), t.name(), u.name())), s));
            t.indexes().forEach(i -> claim(relations, i.name(), "index " + Reader.quoted(i.name()) + " of "
                    + tableName(s.name(), t.name()), locations.at(Locations.in("index", s.name(), t.name(), i.name())), s));
            t.exclusions().forEach(x -> claim(relations, x.name(), "exclusion constraint " + Reader.quoted(x.name())
                    + " of " + tableName(s.name(), t.name()), locations.at(Locations.in("exclude", s.name(), t.name(),
                    x.name())), s));
        }
        for (var o : s.objects()) {
            Kinds.of(o).indexesAny(o).forEach(i -> claim(relations, i.name(), "index " + Reader.quoted(i.name()) + " of "
                    + o.refKind().word() + " " + Reader.quoted(s.name() + "." + o.name()),
                    locations.at(Locations.in("index", s.name(), o.name(), i.name())), s));
        }
        var typeNames = new HashMap<String, String>();
        s.tables().forEach(t -> typeNames.put(t.name(), tableName(s.name(), t.name())));
        for (var o : s.objects()) {
            if (!Kinds.of(o).isType()) continue;
            String previous = typeNames.putIfAbsent(o.name(), o.refKind().word() + " " + Reader.quoted(s.name() + "."
                    + o.name()));
            if (previous != null) r.error(locations.at(Locations.schemaLevel(Kinds.of(o).key(), s.name(), o.name())),
                    o.refKind().word() + " " + Reader.quoted(s.name() + "." + o.name()) + " has the same name as "
                            + previous + " (a table's row type is a type too); rename one");
        }
        for (var e : s.enums()) {
            String previous = typeNames.putIfAbsent(e.name(), "enum");
            if (previous != null) r.error(locations.at(Locations.schemaLevel("enum", s.name(), e.name())),
                    "enum " + Reader.quoted(s.name() + "." + e.name()) + " has the same name as " + previous
                            + " (a table's row type is a type too); rename one");
        }
    }

    /** Procedural languages that come with an extension of the same name; sql and plpgsql are always there. */
    static final Set<String> EXTENSION_LANGUAGES = Set.of("plperl", "plperlu", "plpython3u", "pltcl", "pltclu", "plv8",
            "plrust", "pljava", "plsh");

    /**
     * A routine's language must be one the database has: sql, plpgsql, or a language whose extension the YAML
     * declares. Functions and procedures share one namespace: one signature is one routine.
     */
    private void checkRoutines(Database resolved, Schema s) {
        Set<String> declared = new HashSet<>();
        resolved.schemas().forEach(x -> x.extensions().forEach(e -> declared.add(e.name())));
        var identities = new HashMap<String, String>();
        for (var o : s.objects()) {
            if (!(o instanceof io.schemasync.kinds.Routine routine)) continue;
            String key = Kinds.of(o).key();
            String what = o.refKind().word() + " " + Reader.quoted(s.name() + "." + o.name());
            String language = routine.language();
            if (!language.equals("sql") && !language.equals("plpgsql") && !declared.contains(language)) {
                String hint = EXTENSION_LANGUAGES.contains(language) ? "; it comes with extension "
                        + Reader.quoted(language) + ": declare it with extensions: [" + language + "]"
                        : Reader.didYouMean(language, List.of("sql", "plpgsql"));
                error(locations.at(Locations.schemaLevel(key + ".language", s.name(), o.name()),
                        Locations.schemaLevel(key, s.name(), o.name())), what + " has unknown language "
                        + Reader.quoted(language) + (hint.isEmpty() ? " (schemasync knows sql and plpgsql, and the"
                        + " languages of extensions the YAML declares)" : hint));
            }
            String previous = identities.putIfAbsent(o.name(), what);
            if (previous != null) error(locations.at(Locations.schemaLevel(key, s.name(), o.name())), what
                    + " has the same signature as " + previous + " (functions and procedures share one namespace);"
                    + " rename one");
        }
    }

    private void error(Loc loc, String message) {
        r.error(loc, message);
    }

    private void claim(Map<String, String> names, String name, String what, Loc loc, Schema s) {
        String previous = names.putIfAbsent(name, what);
        if (previous != null) r.error(loc, what + " is named " + Reader.quoted(name) + " like " + previous
                + "; PostgreSQL requires table, sequence, index and key names to be unique within schema "
                + Reader.quoted(s.name()) + ", rename one");
    }

    private void checkOwnedBy(Schema s, Sequence q) {
        if (q.ownedBy() == null) return;
        Loc loc = locations.at(Locations.schemaLevel("sequence.owned_by", s.name(), q.name()));
        int dot = q.ownedBy().lastIndexOf('.');
        String table = dot < 0 ? null : q.ownedBy().substring(0, dot);
        String column = dot < 0 ? null : q.ownedBy().substring(dot + 1);
        if (table == null || s.table(table).flatMap(t -> t.column(column)).isEmpty()) {
            r.error(loc, "owned_by of sequence " + Reader.quoted(s.name() + "." + q.name()) + " must name a column "
                    + "of a table in the same schema as table.column; \"" + q.ownedBy() + "\" is not one");
        }
    }

    private void checkRenames(Schema s, Table t) {
        if (t.renamedFrom() != null) {
            // The old name may be taken again by a new table (users renamed to accounts, and a new users): the
            // rename runs first. A chain or a swap of names would need a temporary name.
            Loc loc = locations.at("table.renamed_from:" + s.name() + "." + t.name());
            Table taken = s.table(t.renamedFrom()).orElse(null);
            if (taken != null && taken.renamedFrom() != null) r.error(loc, tableName(s.name(), t.name())
                    + " is renamed_from " + Reader.quoted(t.renamedFrom()) + ", which is itself renamed_from "
                    + Reader.quoted(taken.renamedFrom()) + "; a chain or swap of names cannot run in one plan: rename "
                    + "one table per release");
            else if (s.tables().stream().anyMatch(o -> o != t && t.renamedFrom().equals(o.renamedFrom())
                    && o.name().compareTo(t.name()) < 0)) r.error(loc, tableName(s.name(), t.name())
                    + " is renamed_from " + Reader.quoted(t.renamedFrom()) + " like another table; one table can be"
                    + " renamed only once");
        }
        var sources = new HashSet<String>();
        for (Column c : t.columns()) {
            if (c.renamedFrom() == null) continue;
            Loc loc = locations.at(Locations.in("column.renamed_from", s.name(), t.name(), c.name()));
            String what = "column " + Reader.quoted(c.name()) + " of " + tableName(s.name(), t.name());
            // The old name may be taken again by a new column (GoTrue renamed identities.id to provider_id and
            // added a new id): the rename runs first. A chain or a swap of names would need a temporary name.
            Column taken = t.column(c.renamedFrom()).orElse(null);
            if (taken != null && taken.renamedFrom() != null) r.error(loc, what + " is renamed_from "
                    + Reader.quoted(c.renamedFrom()) + ", which is itself renamed_from "
                    + Reader.quoted(taken.renamedFrom()) + "; a chain or swap of names cannot run in one plan: rename "
                    + "one column per release");
            else if (!sources.add(c.renamedFrom())) r.error(loc, what + " is renamed_from "
                    + Reader.quoted(c.renamedFrom()) + " like another column; one column can be renamed only once");
        }
    }
}
