package io.schemasync.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class StorageTest {
    @Test
    void spellingsTheServerKeepsAsWrittenCompareEqual() {
        Storage live = Storage.fromReloptions(List.of("fillfactor=070", "autovacuum_enabled=off",
                "autovacuum_analyze_scale_factor=.050", "toast.autovacuum_enabled=no"));
        Storage yaml = Storage.of(Map.of("FillFactor", "70", "autovacuum_enabled", "false",
                "autovacuum_analyze_scale_factor", "0.05", "toast.autovacuum_enabled", "false"));
        assertEquals(yaml, live);
    }

    @Test
    void aWordIsNotABooleanUnlessTheParameterIsOne() {
        // vacuum_index_cleanup is an enum (auto, on, off): its "on" is kept as written.
        assertNotEquals(Storage.of(Map.of("vacuum_index_cleanup", "true")),
                Storage.of(Map.of("vacuum_index_cleanup", "on")));
    }

    @Test
    void setAndResetAreWhatDiffers() {
        Storage from = Storage.of(Map.of("fillfactor", "50", "autovacuum_enabled", "false"));
        Storage to = Storage.of(Map.of("fillfactor", "70", "parallel_workers", "4"));
        assertEquals(Map.of("fillfactor", "70", "parallel_workers", "4"), to.setFrom(from));
        assertEquals(List.of("autovacuum_enabled"), to.resetFrom(from));
    }

    @Test
    void identityOptionsThatAreTheDefaultsAreNone() {
        assertEquals(null, IdentityOptions.of("integer", 1L, 1L, 1L, (long) Integer.MAX_VALUE, 1L, false));
        assertEquals(new IdentityOptions(1000, 1, 1, Long.MAX_VALUE, 20, false),
                IdentityOptions.of("bigint", 1000L, null, null, null, 20L, false));
    }
}
