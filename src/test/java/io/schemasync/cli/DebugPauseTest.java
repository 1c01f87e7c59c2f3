package io.schemasync.cli;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyListenerForwardingTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DebugPauseTest {
    private static Cli cli(Map<String, String> env) {
        var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(sink, sink, env, false, new Redactor(), java.nio.file.Path.of(""));
    }

    @Test
    void withoutTheVariableTheListenerIsTheSame() {
        ApplyListener progress = new ApplyListener() {};
        assertSame(progress, DebugPause.wrap(progress, cli(Map.of())));
    }

    @Test
    void aBoundaryIsAPositiveNumber() {
        for (String bad : List.of("0", "-1", "soon", "1.5")) {
            assertThrows(UsageException.class, () -> DebugPause.wrap(new ApplyListener() {},
                    cli(Map.of(DebugPause.VARIABLE, bad))), bad);
        }
    }

    @Test
    void passesEveryEventOn() {
        assertEquals(List.of(), ApplyListenerForwardingTest.notForwarded(DebugPause.class));
    }
}
