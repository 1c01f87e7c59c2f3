package io.schemasync.cli;

import io.schemasync.load.SchemaException;
import picocli.CommandLine;

/** The exit codes of schemasync, and which failure maps to which: the only place that decides. */
public enum Exit {
    /** Success; for plan and apply: the database is in sync (or was brought in sync). */
    OK(0),
    /** A runtime or database failure: cannot connect, a statement failed, verification found differences. */
    FAILURE(1),
    /** A usage error or invalid schema files. */
    USAGE(2),
    /** {@code plan --exit-code} found changes (drift). */
    CHANGES(3),
    /** The plan holds changes that are not allowed (destructive or unsupported); nothing was applied. */
    REFUSED(4);

    private final int code;

    Exit(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Exit of(Throwable failure) {
        return switch (failure) {
            case UsageException u -> USAGE;
            case CommandLine.ParameterException p -> USAGE;
            case SchemaException s -> USAGE;
            case io.schemasync.server.SchemaRejectedException r -> USAGE;
            case io.schemasync.plan.CycleException c -> USAGE;
            case io.schemasync.apply.PlanChangedException p -> REFUSED;
            default -> FAILURE;
        };
    }
}
