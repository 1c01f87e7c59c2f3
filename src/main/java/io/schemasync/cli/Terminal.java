package io.schemasync.cli;

import java.io.Console;
import java.lang.reflect.Method;

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

    static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
