package io.schemasync.cli;

/** "1 table", "3 tables". */
final class Counts {
    private Counts() {}

    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
