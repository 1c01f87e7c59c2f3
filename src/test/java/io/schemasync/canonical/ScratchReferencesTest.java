package io.schemasync.canonical;

import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** References to the desired schema's own objects are pointed at the scratch copy, as PostgreSQL reads names. */
class ScratchReferencesTest {
    private static final ScratchReferences REFS = new ScratchReferences(new Database(List.of(
            new Schema("app", null, List.of(), List.of(), List.of(), List.of(table("orders"), table("Line Items"), table("été")),
                    List.of()))), Map.of("app", "schemasync_s1"));

    private static Table table(String name) {
        return new Table(name, List.of(Column.of("id", "bigint", false)), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
    }

    @Test
    void qualifiedNamesAreReadAsPostgreSQLReadsThem() {
        assertEquals("\"schemasync_s1\".orders.id > 0", REFS.expression("app.orders.id > 0"));
        assertEquals("\"schemasync_s1\".orders", REFS.expression("App.ORDERS"));
        assertEquals("\"schemasync_s1\".orders", REFS.expression("app . orders"));
        assertEquals("\"schemasync_s1\".orders", REFS.expression("\"app\".\"orders\""));
        assertEquals("\"schemasync_s1\".\"Line Items\"", REFS.expression("app.\"Line Items\""));
        assertEquals("(SELECT 1 FROM \"schemasync_s1\".orders o JOIN \"schemasync_s1\".orders p ON true)",
                REFS.expression("(SELECT 1 FROM app.orders o JOIN app.orders p ON true)"));
    }

    @Test
    void otherNamesStayAsWritten() {
        assertEquals("\"App\".orders", REFS.expression("\"App\".orders"));
        assertEquals("app.customers", REFS.expression("app.customers"));
        assertEquals("db.app.orders", REFS.expression("db.app.orders"));
        assertEquals("orders", REFS.expression("orders"));
        assertEquals("'see app.orders' || x -- app.orders", REFS.expression("'see app.orders' || x -- app.orders"));
        assertEquals("app_orders", REFS.expression("app_orders"));
        // PostgreSQL folds only the ASCII letters of a bare name (UTF-8): ÉTÉ is not été.
        assertEquals("app.ÉTÉ", REFS.expression("app.ÉTÉ"));
        assertEquals("\"schemasync_s1\".\"été\"", REFS.expression("APP.été"));
    }

    @Test
    void aStringThatIsOneOfOurNamesIsPointedAtTheScratchCopy() {
        assertEquals("nextval('\"schemasync_s1\".orders'::regclass)",
                REFS.expression("nextval('app.orders'::regclass)"));
        assertEquals("'\"schemasync_s1\".\"Line Items\"'::regclass", REFS.expression("'app.\"Line Items\"'::regclass"));
        assertEquals("'app.nothing'::regclass", REFS.expression("'app.nothing'::regclass"));
    }
}
