package io.schemasync.diff;

import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small model builders for the diff tests: one schema, "app", unless a test names another. */
final class Models {
    static final String APP = "app";
    static final Column ID = Column.of("id", "bigint", false);

    private Models() {}

    static Database db(Schema... schemas) {
        return new Database(List.of(schemas));
    }

    /** The desired side of a YAML that lists {@code drops} under {@code drop:}. */
    static Database dropping(List<ObjectRef> drops, Schema... schemas) {
        return new Database(List.of(schemas), drops);
    }

    /** Database "app" holding just these tables. */
    static Database tables(Table... tables) {
        return db(schema().tables(tables).build());
    }

    static SchemaBuilder schema() {
        return schema(APP);
    }

    static SchemaBuilder schema(String name) {
        return new SchemaBuilder(name);
    }

    static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    static Column col(String name, String type) {
        return Column.of(name, type, true);
    }

    static PrimaryKey pk(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    static UniqueConstraint unique(String name, String... columns) {
        return UniqueConstraint.of(name, List.of(columns));
    }

    static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    static ForeignKey fk(String name, List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKey(name, columns, APP, refTable, refColumns, null, null, false, null);
    }

    static Index index(String name, String... columns) {
        return new Index(name, false, "btree", Arrays.stream(columns).map(IndexKey::column).toList(), List.of(), null,
                false, null);
    }

    static Index expressionIndex(String name, String expression) {
        return new Index(name, false, "btree", List.of(new IndexKey(expression, false, null, null, false, false)),
                List.of(), null, false, null);
    }

    static EnumType enumType(String name, String... values) {
        return new EnumType(name, List.of(values), null);
    }

    static Sequence sequence(String name) {
        return Sequence.withDefaults(name, null, null, null, null, null, null, false, null, null);
    }

    static ObjectRef ref(Kind kind, String name) {
        return ObjectRef.of(kind, APP, name);
    }

    static ObjectRef ref(Kind kind, String table, String name) {
        return ObjectRef.inTable(kind, APP, table, name);
    }

    static final class SchemaBuilder {
        private final String name;
        private String comment;
        private final List<Extension> extensions = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<Sequence> sequences = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();

        SchemaBuilder(String name) {
            this.name = name;
        }

        SchemaBuilder comment(String text) {
            comment = text;
            return this;
        }

        SchemaBuilder extensions(Extension... e) {
            extensions.addAll(List.of(e));
            return this;
        }

        SchemaBuilder enums(EnumType... e) {
            enums.addAll(List.of(e));
            return this;
        }

        SchemaBuilder sequences(Sequence... s) {
            sequences.addAll(List.of(s));
            return this;
        }

        SchemaBuilder tables(Table... t) {
            tables.addAll(List.of(t));
            return this;
        }

        Schema build() {
            return new Schema(name, comment, extensions, enums, sequences, tables, List.of());
        }
    }

    static final class TableBuilder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String comment;
        private String renamedFrom;

        TableBuilder(String name) {
            this.name = name;
        }

        TableBuilder columns(Column... c) {
            columns.addAll(List.of(c));
            return this;
        }

        /** An {@code id bigint NOT NULL} column and the primary key {@code <table>_pkey} on it. */
        TableBuilder id() {
            columns.add(ID);
            primaryKey = pk(name + "_pkey", "id");
            return this;
        }

        TableBuilder primaryKey(PrimaryKey pk) {
            primaryKey = pk;
            return this;
        }

        TableBuilder uniques(UniqueConstraint... u) {
            uniques.addAll(List.of(u));
            return this;
        }

        TableBuilder checks(CheckConstraint... c) {
            checks.addAll(List.of(c));
            return this;
        }

        TableBuilder foreignKeys(ForeignKey... f) {
            foreignKeys.addAll(List.of(f));
            return this;
        }

        TableBuilder indexes(Index... i) {
            indexes.addAll(List.of(i));
            return this;
        }

        TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        TableBuilder renamedFrom(String previous) {
            renamedFrom = previous;
            return this;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, renamedFrom);
        }
    }
}
