package io.schemasync.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library chatter (jOOQ's banner and tips, its version warning, pgjdbc's warnings) off the user's output. */
final class Quiet {
    /** Held so the configured logger is not garbage-collected and its level lost. */
    private static final Logger JOOQ = Logger.getLogger("org.jooq");
    /** pgjdbc logs warnings of its own ("Couldn't parse loginTimeout value"); what matters reaches us as exceptions. */
    private static final Logger PGJDBC = Logger.getLogger("org.postgresql");

    private Quiet() {}

    static void install() {
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        JOOQ.setLevel(Level.SEVERE);
        PGJDBC.setLevel(Level.OFF);
    }
}
