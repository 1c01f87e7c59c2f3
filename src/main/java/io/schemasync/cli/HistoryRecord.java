package io.schemasync.cli;

import io.schemasync.apply.HistoryInfo;

import java.net.InetAddress;
import java.util.List;

/** Who runs an apply, as its row in schemasync.history records it: the tool, the machine, the commit. */
final class HistoryRecord {
    /** Where CI and hosting platforms put the commit being deployed, in the order they are looked at. */
    static final List<String> COMMIT_VARIABLES = List.of("GITHUB_SHA", "SOURCE_VERSION", "RAILWAY_GIT_COMMIT_SHA",
            "RENDER_GIT_COMMIT");

    private HistoryRecord() {}

    static HistoryInfo info(Cli cli, String target) {
        return new HistoryInfo(Version.number(), host(cli), commit(cli), target);
    }

    static String commit(Cli cli) {
        return COMMIT_VARIABLES.stream().map(cli.env()::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(null);
    }

    /** The machine's name; a container without a resolvable name still has HOSTNAME. */
    private static String host(Cli cli) {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            String fromEnv = cli.env().getOrDefault("HOSTNAME", cli.env().get("COMPUTERNAME"));
            return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
        }
    }
}
