package io.schemasync.catalog;

import io.schemasync.test.PostgresExtension;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;

@ExtendWith(PostgresExtension.class)
class Explore {
    @Test
    void dump(TestDatabase db) throws Exception {
        db.execute(CatalogReaderTest.ddl(db.major()));
        try (Connection c = db.connect()) {
            LiveCatalog live = CatalogReader.read(c, s -> !s.equals("other"));
            System.out.println("SERVER " + live.server());
            live.database().schemas().forEach(s -> {
                System.out.println("SCHEMA " + s.name() + " comment=" + s.comment());
                s.extensions().forEach(x -> System.out.println("  " + x));
                s.enums().forEach(x -> System.out.println("  " + x));
                s.sequences().forEach(x -> System.out.println("  " + x));
                s.tables().forEach(t -> {
                    System.out.println("  TABLE " + t.name() + " comment=" + t.comment());
                    t.columns().forEach(x -> System.out.println("    " + x));
                    System.out.println("    " + t.primaryKey());
                    t.uniques().forEach(x -> System.out.println("    " + x));
                    t.checks().forEach(x -> System.out.println("    " + x));
                    t.foreignKeys().forEach(x -> System.out.println("    " + x));
                    t.indexes().forEach(x -> System.out.println("    " + x));
                });
            });
            live.unmanaged().forEach(x -> System.out.println("UNMANAGED " + x.kind() + " " + x));
        }
    }
}
