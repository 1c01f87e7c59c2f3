package io.schemasync.model;

import java.util.List;

/**
 * One row of {@code schemasync.history}: one apply. Times are ISO-8601 in UTC; null where nothing was recorded
 * (an apply that is still running, or was killed, has no finish).
 *
 * @param outcome "running", "applied", "nothing to do", "refused" or "failed"
 */
public record HistoryEntry(long id, String startedAt, String finishedAt, Long durationMillis, String outcome,
                           String toolVersion, String databaseUser, String clientHost, String clientAddr,
                           String commit, String target, String planFingerprint, String catalogFingerprint,
                           String schemaFingerprint, boolean savedPlan, List<String> statements, String error) {
    public HistoryEntry {
        statements = List.copyOf(statements);
    }
}
