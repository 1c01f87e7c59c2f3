package io.schemasync.sql;

/**
 * SQL text that the tool will not send: it is not exactly one expression (or one statement), or it holds
 * something that could be read two ways. {@link #offset()} is the index in the text where the problem starts.
 */
public final class RefusedSqlException extends IllegalArgumentException {
    private final String text;
    private final int offset;
    private final String reason;

    public RefusedSqlException(String text, int offset, String reason) {
        super("SQL text \"" + excerpt(text) + "\" " + reason + (text.length() > 1 ? " (at character " + (offset + 1) + ")" : ""));
        this.text = text;
        this.offset = offset;
        this.reason = reason;
    }

    /** Long texts are cut in the message; control characters are shown escaped so the message stays one line. */
    private static String excerpt(String text) {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        StringBuilder sb = new StringBuilder();
        shown.chars().forEach(c -> sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    public String text() {
        return text;
    }

    public int offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
