package io.schemasync.kinds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a trigger as {@code pg_trigger.tgargs} keeps them: each string followed by a NUL byte, read in
 * bytea's escape form ({@code encode(tgargs, 'escape')}: a NUL is {@code \000}, a backslash {@code \\}, other bytes
 * that are not printable ASCII {@code \ooo}).
 */
final class TriggerArguments {
    private TriggerArguments() {}

    static List<String> decode(String escaped, int count) {
        List<String> out = new ArrayList<>();
        if (escaped == null || count == 0) return out;
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            int b;
            if (c == '\\' && i + 1 < escaped.length() && escaped.charAt(i + 1) == '\\') {
                b = '\\';
                i++;
            } else if (c == '\\' && i + 3 < escaped.length()) {
                b = Integer.parseInt(escaped.substring(i + 1, i + 4), 8);
                i += 3;
            } else {
                // Printable ASCII stands for itself (the server's encoding is a superset of ASCII).
                b = c;
            }
            if (b == 0) {
                out.add(current.toString(StandardCharsets.UTF_8));
                current.reset();
            } else {
                current.write(b);
            }
        }
        return out.size() > count ? out.subList(0, count) : out;
    }
}
