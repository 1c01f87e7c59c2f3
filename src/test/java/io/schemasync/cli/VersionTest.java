package io.schemasync.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --version reads what the build wrote; a build without git, or classes never packaged, still answer. */
class VersionTest {
    private static Properties build(String... keyValues) {
        Properties props = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) props.setProperty(keyValues[i], keyValues[i + 1]);
        return props;
    }

    @Test
    void aPackagedBuildNamesItsCommitAndDate() {
        assertEquals(List.of("schemasync 1.2.0", "commit:  0123456789ab", "built:   2026-11-05T10:00:00Z",
                        "java:    21.0.5+11 (Eclipse Adoptium)"),
                Version.lines(build("version", "1.2.0", "commit", "0123456789ab", "dirty", "false",
                        "date", "2026-11-05T10:00:00Z"), "21.0.5+11", "Eclipse Adoptium"));
    }

    @Test
    void uncommittedChangesAreSaid() {
        assertEquals("commit:  0123456789ab (modified)", Version.lines(build("version", "1.2.0",
                "commit", "0123456789ab", "dirty", "true", "date", "d"), "21", "").get(1));
    }

    @Test
    void withoutGitTheCommitIsUnknown() {
        assertEquals("commit:  unknown", Version.lines(build("version", "1.2.0", "commit", "unknown",
                "dirty", "false", "date", "d"), "21", "").get(1));
        assertEquals("commit:  unknown", Version.lines(build("version", "1.2.0", "date", "d"), "21", "").get(1));
    }

    @Test
    void classesThatWereNeverPackagedSaySo() {
        assertEquals(List.of("schemasync (development build)", "java:    25"), Version.lines(new Properties(), "25", ""));
    }
}
