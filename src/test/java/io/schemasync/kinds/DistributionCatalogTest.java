package io.schemasync.kinds;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalog query of {@link Distributions} on a real server, over stand-ins for Citus's catalog: no Citus build
 * can be installed here, so {@code pg_dist_partition}, {@code pg_dist_colocation} and {@code column_to_column_name}
 * are created in pg_catalog with Citus's column names and types and filled as Citus fills them. This proves the
 * query is valid on every major and reads rows as documented; it proves nothing about Citus itself.
 */
@PostgresTest
class DistributionCatalogTest {
    private static final String STAND_INS = """
            set allow_system_table_mods = on;
            create table pg_catalog.pg_dist_partition (logicalrelid regclass not null, partmethod "char" not null,
                partkey text, colocationid integer not null default 0, repmodel "char" not null default 'c');
            create table pg_catalog.pg_dist_colocation (colocationid integer not null, shardcount integer not null,
                replicationfactor integer not null, distributioncolumntype oid not null,
                distributioncolumncollation oid not null);
            create function pg_catalog.column_to_column_name(regclass, text) returns text language sql as
                $$ select attname::text from pg_catalog.pg_attribute
                   where attrelid = $1 and attnum = substring($2 from ':varattno ([0-9]+)')::int $$;
            reset allow_system_table_mods;
            """;

    private static final String TABLES = """
            create schema app;
            create table app.countries (code text primary key);
            create table app.customers (tenant_id bigint, id bigint);
            create table app.orders (tenant_id bigint, "Account" bigint);
            create table app.events (id bigint, "Account" bigint);
            insert into pg_catalog.pg_dist_colocation values (1, 0, 2, 0, 0), (7, 32, 1, 20, 0), (9, 8, 1, 20, 0);
            insert into pg_catalog.pg_dist_partition values
              ('app.countries', 'n', null, 1, 't'),
              ('app.customers', 'h', '{VAR :varno 1 :varattno 1 :vartype 20}', 7, 's'),
              ('app.orders', 'h', '{VAR :varno 1 :varattno 2 :vartype 20}', 7, 's'),
              ('app.events', 'h', '{VAR :varno 1 :varattno 2 :vartype 20}', 9, 's');
            """;

    @Test
    void readsReferenceAndHashDistributedTablesWithTheirGroups(TestDatabase db) throws SQLException {
        db.execute(STAND_INS);
        db.execute(TABLES);
        assertEquals(List.of(
                        Distribution.referenceTable("countries"),
                        new Distribution("customers", "tenant_id", null, 32, false, 7, List.of()),
                        new Distribution("events", "Account", null, 8, false, 9, List.of()),
                        new Distribution("orders", "Account", "customers", 32, false, 7, List.of())),
                read(db));
        assertEquals(List.of(Integer.valueOf(7), 9, 7), read(db).stream().skip(1).map(Distribution::colocationId)
                .toList());
    }

    private static List<Distribution> read(TestDatabase db) throws SQLException {
        List<Distribution> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(Distributions.KIND.catalogQuery())) {
            st.setArray(1, c.createArrayOf("text", new String[] {"app"}));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(Distributions.KIND.fromCatalog(row(rs)));
            }
        }
        return out;
    }

    private static CatalogRow row(ResultSet rs) {
        return new CatalogRow() {
            @Override
            public String text(String column) {
                try {
                    return rs.getString(column);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean bool(String column) {
                try {
                    return rs.getBoolean(column);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public List<String> texts(String column) {
                try {
                    Array a = rs.getArray(column);
                    return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
