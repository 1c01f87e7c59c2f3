package io.schemasync.cli;

import io.schemasync.server.SyncException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExitTest {
    @Test
    void codesAreTheDocumentedOnes() {
        assertEquals(0, Exit.OK.code());
        assertEquals(1, Exit.FAILURE.code());
        assertEquals(2, Exit.USAGE.code());
        assertEquals(3, Exit.CHANGES.code());
        assertEquals(4, Exit.REFUSED.code());
    }

    @Test
    void failuresMapToTheirCodes() {
        assertEquals(Exit.USAGE, Exit.of(new UsageException("bad")));
        assertEquals(Exit.FAILURE, Exit.of(new SyncException("statement failed")));
        assertEquals(Exit.FAILURE, Exit.of(new SQLException("gone")));
        assertEquals(Exit.FAILURE, Exit.of(new DatabaseTarget.ConnectException("cannot connect")));
        assertEquals(Exit.FAILURE, Exit.of(new IllegalStateException("bug")));
    }

    @Test
    void durationsReadLikePostgresSettings() {
        DurationConverter converter = new DurationConverter();
        assertEquals(Duration.ofSeconds(5), converter.convert("5s"));
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofMinutes(2), converter.convert("2min"));
        var bare = assertThrows(picocli.CommandLine.TypeConversionException.class, () -> converter.convert("7"));
        assertEquals("'7' has no unit: write 7s or 7ms", bare.getMessage());
        assertEquals(Duration.ZERO, converter.convert("0"));
        assertEquals(Duration.ofSeconds(90), converter.convert("PT1M30S"));
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> converter.convert("soon"));
    }

    /** PostgreSQL keeps timeouts in whole milliseconds in an int: what it cannot hold is refused before connecting. */
    @Test
    void durationsOutsidePostgresRangeAreUsageErrors() {
        DurationConverter converter = new DurationConverter();
        assertEquals(Duration.ofMillis(Integer.MAX_VALUE), converter.convert("2147483647ms"));
        for (String bad : List.of("2147483648ms", "1000h", "P30D", "99999999999999999999s", "9223372036854775807h",
                "PT-5S", "PT0.0001S")) {
            var e = assertThrows(picocli.CommandLine.TypeConversionException.class, () -> converter.convert(bad), bad);
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }
}
