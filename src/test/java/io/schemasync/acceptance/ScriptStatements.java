package io.schemasync.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements the way psql does (on top-level semicolons, outside quotes, dollar quotes
 * and comments), so that each runs on its own as psql runs it: CREATE INDEX CONCURRENTLY refuses to run in a
 * pipeline of several statements.
 */
final class ScriptStatements {
    private ScriptStatements() {}

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int end = skip(script, i);
            if (end > i) {
                cur.append(script, i, end);
                i = end;
            } else if (c == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    /** The end of a quoted string, quoted name, dollar-quoted string or comment starting at i; i when none. */
    private static int skip(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' || c == '"') {
            int j = i + 1;
            while (j < s.length()) {
                if (s.charAt(j) == c && j + 1 < s.length() && s.charAt(j + 1) == c) j += 2;
                else if (s.charAt(j) == c) return j + 1;
                else j++;
            }
            return s.length();
        }
        if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }
        if (c == '$') {
            int close = s.indexOf('$', i + 1);
            if (close > 0 && s.substring(i + 1, close).matches("[A-Za-z_0-9]*")) {
                String tag = s.substring(i, close + 1);
                int end = s.indexOf(tag, close + 1);
                return end < 0 ? s.length() : end + tag.length();
            }
        }
        return i;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String stmt = cur.toString().strip();
        boolean onlyComments = stmt.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"));
        if (!onlyComments) out.add(stmt);
        cur.setLength(0);
    }
}
