package io.schemasync.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as URLs use it. Unlike {@link java.net.URLDecoder}, a '+' stays a '+': passwords in a
 * DATABASE_URL are percent-encoded, and '+' is a common password character.
 */
final class Percent {
    private static final String UNRESERVED = "-._~";

    private Percent() {}

    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(hexByte(text, i));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) out.append(c);
            else out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNRESERVED.indexOf(c) >= 0;
    }

    private static int hexByte(String text, int at) {
        String hex = at + 3 <= text.length() ? text.substring(at + 1, at + 3) : "";
        if (!hex.matches("[0-9A-Fa-f]{2}")) {
            throw new UsageException("invalid percent-encoding in the database URL: '%' must be followed by two hex digits");
        }
        return Integer.parseInt(hex, 16);
    }
}
