package io.schemasync.apply;

/**
 * Who and what runs an apply, for its row in {@code schemasync.history}.
 *
 * @param toolVersion schemasync's version
 * @param clientHost  the host name of the machine apply runs on
 * @param commit      the application's commit when the environment names it (GITHUB_SHA, ...); null otherwise
 * @param target      the database, password redacted
 */
public record HistoryInfo(String toolVersion, String clientHost, String commit, String target) {}
