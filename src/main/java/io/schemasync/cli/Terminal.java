package io.schemasync.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the JVM's standard output is an interactive terminal. */
final class Terminal {
    private Terminal() {}

    /**
     * Up to JDK 21, {@code System.console()} is null unless both stdin and stdout are a terminal. From JDK 22 it
     * returns a console even when output is redirected, and {@code Console.isTerminal()} (new in 22) tells the
     * truth. We compile for 21, so that method is looked up reflectively.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Java has no isatty(2). On Linux the file descriptor's link says it: a terminal is /dev/pts/N or /dev/ttyN;
     * a pipe or a file is anything else. Elsewhere (no /proc), stderr is taken to go where stdout goes.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.isSymbolicLink(fd)) return stdoutIsTerminal();
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
