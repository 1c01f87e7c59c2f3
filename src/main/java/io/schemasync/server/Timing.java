package io.schemasync.server;

/** With {@code -Dschemasync.timing=true}: when, since the process started, a stage was reached (on stderr). */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("schemasync.timing");
    private static final long STARTED = ON ? ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis()) : 0;

    private Timing() {}

    public static boolean on() {
        return ON;
    }

    public static void mark(String stage) {
        if (ON) System.err.println("timing: " + stage + " at " + (System.currentTimeMillis() - STARTED) + " ms");
    }
}
