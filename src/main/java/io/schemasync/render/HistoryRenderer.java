package io.schemasync.render;

import io.schemasync.model.HistoryEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The history command's output: one line per apply for people, or a JSON document. */
public final class HistoryRenderer {
    private static final int ERROR_WIDTH = 100;

    private HistoryRenderer() {}

    /**
     * {@code #12  2026-11-03T10:00:00Z  applied  7 statements  1.2 s  app@deploy-7f9 (ci-runner)  commit 3f2a1c9}.
     *
     * @param verbose also the statements, one per line
     */
    public static String text(List<HistoryEntry> entries, boolean verbose) {
        if (entries.isEmpty()) return "No apply recorded in schemasync.history yet\n";
        StringBuilder out = new StringBuilder();
        for (HistoryEntry e : entries) {
            out.append(line(e)).append('\n');
            if (e.error() != null) out.append("    error: ").append(firstLine(e.error())).append('\n');
            if (verbose) e.statements().forEach(sql -> out.append("    ").append(Notes.clean(sql)).append(";\n"));
        }
        return out.toString();
    }

    private static String line(HistoryEntry e) {
        StringBuilder line = new StringBuilder("#").append(e.id()).append("  ").append(e.startedAt())
                .append("  ").append(e.outcome())
                .append("  ").append(Notes.plural(e.statements().size(), "statement", "statements"));
        if (e.durationMillis() != null) line.append("  ").append(seconds(e.durationMillis()));
        line.append("  ").append(e.databaseUser());
        if (e.clientHost() != null) line.append(" from ").append(e.clientHost());
        if (e.commit() != null) line.append("  commit ").append(e.commit(), 0, Math.min(12, e.commit().length()));
        if (e.savedPlan()) line.append("  (saved plan)");
        line.append("  schemasync ").append(e.toolVersion());
        return Notes.clean(line.toString());
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String firstLine(String text) {
        String first = Notes.clean(text.lines().findFirst().orElse(""));
        return first.length() > ERROR_WIDTH ? first.substring(0, ERROR_WIDTH - 3) + "..." : first;
    }

    /** Every field of every entry, newest first. */
    public static String json(List<HistoryEntry> entries) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("applies", entries.stream().map(HistoryRenderer::entry).toList());
        return Json.write(root);
    }

    private static Map<String, Object> entry(HistoryEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("started_at", e.startedAt());
        out.put("finished_at", e.finishedAt());
        out.put("duration_ms", e.durationMillis());
        out.put("outcome", e.outcome());
        out.put("tool_version", e.toolVersion());
        out.put("database_user", e.databaseUser());
        out.put("client_host", e.clientHost());
        out.put("client_addr", e.clientAddr());
        out.put("commit", e.commit());
        out.put("target", e.target());
        out.put("plan_fingerprint", e.planFingerprint());
        out.put("catalog_fingerprint", e.catalogFingerprint());
        out.put("schema_fingerprint", e.schemaFingerprint());
        out.put("saved_plan", e.savedPlan());
        out.put("statements", e.statements());
        out.put("error", e.error());
        return out;
    }
}
