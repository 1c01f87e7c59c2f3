package io.schemasync.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorModeTest {
    private static final Map<String, String> PLAIN = Map.of("TERM", "xterm-256color");

    @Test
    void autoColoursOnlyATerminal() {
        assertTrue(ColorMode.AUTO.enabled(PLAIN, true));
        assertFalse(ColorMode.AUTO.enabled(PLAIN, false));
    }

    @Test
    void autoHonoursNoColorAndDumbTerminals() {
        assertFalse(ColorMode.AUTO.enabled(Map.of("NO_COLOR", "1"), true));
        assertFalse(ColorMode.AUTO.enabled(Map.of("TERM", "dumb"), true));
        assertTrue(ColorMode.AUTO.enabled(Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
    }

    @Test
    void explicitChoicesWin() {
        assertTrue(ColorMode.ALWAYS.enabled(Map.of("NO_COLOR", "1", "TERM", "dumb"), false));
        assertFalse(ColorMode.NEVER.enabled(PLAIN, true));
    }

    @Test
    void styleAddsEscapesOnlyWhenColouring() {
        assertTrue(new Style(true).dim("x").contains("\u001B[2m"));
        assertFalse(new Style(false).dim("x").contains("\u001B"));
    }
}
