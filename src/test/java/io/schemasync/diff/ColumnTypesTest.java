package io.schemasync.diff;

import io.schemasync.kinds.Domains.Domain;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.model.TypeUse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.dropping;
import static io.schemasync.diff.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnTypesTest {
    private static final Domain POSITIVE = new Domain("positive_int", "integer", true, null, List.of(), null, null);
    private static final Domain PERCENT = new Domain("percent", "positive_int", true, null, List.of(), null, null);

    private static Schema app(List<SchemaObject> objects, Table... tables) {
        return new Schema(APP, null, List.of(), List.of(), List.of(), List.of(tables), objects);
    }

    private static TypeUse use(String table, String column, boolean array) {
        return new TypeUse(ObjectRef.inTable(ObjectRef.Kind.COLUMN, APP, table, column), array);
    }

    @Test
    void columnsOfTheTypeOfArraysOfItAndOfDomainsOverIt() {
        Database live = Models.db(app(List.of(POSITIVE, PERCENT),
                table("discount").id().columns(col("rate", "percent"), col("minimum", "app.positive_int"),
                        col("history", "percent[]"), col("note", "text")).build()));
        assertEquals(List.of(use("discount", "history", true), use("discount", "minimum", false),
                use("discount", "rate", false)), ColumnTypes.using(live, APP, "positive_int"));
        assertEquals(List.of(use("discount", "history", true), use("discount", "rate", false)),
                ColumnTypes.using(live, APP, "percent"));
    }

    @Test
    void aDropCountsOnlyTheColumnsThatRemain() {
        Database live = Models.db(app(List.of(POSITIVE),
                table("kept").id().columns(col("a", "positive_int")).build(),
                table("converted").id().columns(col("b", "positive_int")).build(),
                table("gone").id().columns(col("c", "positive_int")).build(),
                table("unmanaged").id().columns(col("d", "positive_int")).build()));
        Database desired = dropping(List.of(ObjectRef.of(ObjectRef.Kind.TABLE, APP, "gone")), app(List.of(),
                table("kept").id().columns(col("a", "positive_int")).build(),
                table("converted").id().columns(col("b", "integer")).build()));
        assertEquals(List.of(use("kept", "a", false), use("unmanaged", "d", false)),
                ColumnTypes.remaining(live, desired, APP, "positive_int"));
    }
}
