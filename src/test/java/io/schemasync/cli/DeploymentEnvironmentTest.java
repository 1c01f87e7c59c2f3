package io.schemasync.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a database, CI and hosting platforms get an error, never the embedded development database. */
class DeploymentEnvironmentTest {
    @ParameterizedTest
    @ValueSource(strings = {"CI", "GITHUB_ACTIONS", "DYNO", "RAILWAY_ENVIRONMENT", "RENDER", "FLY_APP_NAME",
            "KUBERNETES_SERVICE_HOST"})
    void aDeploymentWithoutADatabaseIsAUsageError(String marker) {
        for (String command : new String[] {"plan", "apply", "introspect"}) {
            MainTest.Result r = MainTest.run(Map.of(marker, "true"), command);
            assertEquals(2, r.code(), command + " " + r.err());
            assertTrue(r.err().contains("no database configured, and " + marker + " is set"), r.err());
            assertTrue(r.err().contains("set DATABASE_URL"), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void anEmptyDatabaseUrlIsNamed() {
        MainTest.Result r = MainTest.run(Map.of("DATABASE_URL", ""), "apply");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("DATABASE_URL is set but empty"), r.err());
    }

    @Test
    void embeddedAndUrlTogetherAreAUsageError() {
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--embedded", "--url", "postgres://h/db");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--embedded and --url"), r.err());
    }

    @Test
    void aLaptopStillGetsTheDevelopmentDatabase() {
        assertDoesNotThrow(() -> DatabaseTarget.refuseEmbeddedOutsideDevelopment(Map.of("HOME", "/home/dev")));
    }
}
