package io.schemasync.dryrun;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The tenant's name is replaced only where it stands as a whole identifier. */
class CatalogIdentityTest {
    @Test
    void onlyWholeIdentifiersAreReplaced() {
        String a = CatalogIdentity.anonymized("tenant_1.orders \"tenant_1\".x tenant_10.y my_tenant_1 'tenant_1'", "tenant_1");
        assertEquals("\u0001tenant.orders \"\u0001tenant\".x tenant_10.y my_tenant_1 '\u0001tenant'", a);
        assertEquals(CatalogIdentity.anonymized("tenant_2.orders", "tenant_2"), CatalogIdentity.anonymized("tenant_1.orders", "tenant_1"));
        assertNotEquals(CatalogIdentity.anonymized("tenant_1.orders tenant_2.x", "tenant_1"),
                CatalogIdentity.anonymized("tenant_2.orders tenant_2.x", "tenant_2"));
        assertNotEquals(CatalogIdentity.anonymized("\u0001tenant.x", "t"), CatalogIdentity.anonymized("t.x", "t"));
    }
}
