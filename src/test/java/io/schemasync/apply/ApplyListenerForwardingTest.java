package io.schemasync.apply;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A listener that wraps another must pass every event on: the interface's methods have empty defaults, so one
 * that a wrapper forgets is silently dropped (the history recorder once dropped committing(), and the crash
 * proofs counted boundaries wrong). Checked here for apply's wrapper; cli's DebugPause has its own check.
 */
public class ApplyListenerForwardingTest {
    /** The methods of ApplyListener that {@code wrapper} does not declare itself. */
    public static List<String> notForwarded(Class<?> wrapper) {
        return Arrays.stream(ApplyListener.class.getDeclaredMethods())
                .filter(m -> !declares(wrapper, m)).map(Method::getName).sorted().toList();
    }

    private static boolean declares(Class<?> type, Method m) {
        try {
            type.getDeclaredMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void theHistoryRecorderForwardsEveryEvent() throws ClassNotFoundException {
        assertEquals(List.of(), notForwarded(Class.forName("io.schemasync.apply.SchemaSync$Recorder")));
    }
}
