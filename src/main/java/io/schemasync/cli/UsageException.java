package io.schemasync.cli;

/** A command line or environment that schemasync cannot act on; exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
