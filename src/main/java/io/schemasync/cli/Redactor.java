package io.schemasync.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes every secret this run has seen (database passwords) from text before it is printed, in plain and in
 * URL-encoded form, so that a driver message that echoes a URL cannot leak one.
 */
public final class Redactor {
    static final String MASK = "*****";

    private final List<String> secrets = new ArrayList<>();

    public void add(String secret) {
        if (secret == null || secret.isEmpty()) return;
        secrets.add(secret);
        secrets.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        secrets.add(Percent.encode(secret));
        secrets.sort(Comparator.comparingInt(String::length).reversed());
    }

    public String scrub(String text) {
        if (text == null) return "";
        String result = text;
        for (String secret : secrets) result = result.replace(secret, MASK);
        return result;
    }
}
