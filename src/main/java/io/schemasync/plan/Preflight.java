package io.schemasync.plan;

/**
 * A read-only query run against the live data before apply, counting rows that would make a step fail
 * (NULLs before SET NOT NULL, duplicates before UNIQUE, ...), or rows and figures the plan tells.
 *
 * @param kind       what a count means: a refusal, a cast's error, a figure, a warning (see {@link Kind})
 * @param countSql   a SELECT returning one bigint: the number of offending rows
 * @param problem    what a non-zero count means, with {@code {n}} for the count, e.g.
 *                   "{n} rows have NULL in email; SET NOT NULL would fail (backfill them first: UPDATE ...)"
 * @param count      null until the check ran (or when it could not run)
 * @param notChecked why the check was deliberately not run (it would call a volatile function, ...), for the
 *                   plan to show; null when it ran, or when it simply could not run yet (a table an earlier step
 *                   creates)
 * @param volatileIf for {@link Kind#WHEN_VOLATILE}: an expression (a new column's default) that decides whether the
 *                   check matters: only when it calls a volatile function (asked of the server, never evaluated) does
 *                   {@code countSql} run; {@code {functions}} in the problem names the functions. Null otherwise
 * @param raised     the check ran and raised an error that is not a finding (its SQLSTATE, "" when unknown):
 *                   evaluating it over the live rows failed (a division by zero in a CHECK expression), or it names
 *                   what an earlier step of the plan makes. Not shown; see {@link #failsOrRaised}
 */
public record Preflight(Kind kind, String countSql, String problem, Long count, String notChecked, String volatileIf,
                        String raised) {
    /** Counting the rows of a drop stops here: a plan must not scan a table of a billion rows to say so. */
    public static final long ROW_LIMIT = 1_000_000;

    /** What a preflight's count means. */
    public enum Kind {
        /** Rows that make the step fail: it is refused. */
        CHECK,
        /**
         * A check that fails by raising the very error the step would raise (a cast that some value cannot take):
         * the server's message ({@code {error}} in the problem) is the finding.
         */
        CAST,
        /**
         * An informational count or figure, never a failure: the rows a drop deletes ({@code "drops {n} rows"},
         * counted up to {@link #ROW_LIMIT} and shown as "more than" beyond it), a row estimate, a size.
         */
        ROWS,
        /** Rows told as a warning, never refused: a constraint the YAML adds NOT VALID is meant to let them stay. */
        WARNING,
        /** A warning that holds only when {@link #volatileIf} calls a volatile function. */
        WHEN_VOLATILE
    }

    public Preflight {
        java.util.Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.WHEN_VOLATILE) != (volatileIf != null)) {
            throw new IllegalArgumentException("volatileIf goes with WHEN_VOLATILE, and only with it");
        }
    }

    /** Rows that make the step fail ({@code problem}: "{n} rows ..."): the step is refused when there are any. */
    public static Preflight check(String countSql, String problem) {
        return new Preflight(Kind.CHECK, countSql, problem, null, null, null, null);
    }

    /**
     * A cast that some live value may not take: {@code sql} raises the step's own error when one cannot, and the
     * error ({@code {error}} in {@code problem}, without the values it quotes) is the finding.
     */
    public static Preflight cast(String sql, String problem) {
        return new Preflight(Kind.CAST, sql, problem, null, null, null, null);
    }

    /** Rows that a constraint added NOT VALID lets stay: told ({@code problem}, "{n} rows ..."), never refused. */
    public static Preflight warning(String countSql, String problem) {
        return new Preflight(Kind.WARNING, countSql, problem, null, null, null, null);
    }

    /** The rows a drop deletes; {@code countSql} counts at most {@link #ROW_LIMIT} + 1 of them. */
    public static Preflight rows(String countSql, String what) {
        return new Preflight(Kind.ROWS, countSql, what, null, null, null, null);
    }

    /**
     * A figure for the plan, never a failure and never capped: {@code what} holds {@code {about}} for a number (a row
     * estimate) or {@code {size}} for bytes, printed as PostgreSQL's pg_size_pretty does ("96 kB").
     */
    public static Preflight figure(String sql, String what) {
        return new Preflight(Kind.ROWS, sql, what, null, null, null, null);
    }

    /** A warning about {@code countSql} rows that holds only when {@code expression} calls a volatile function. */
    public static Preflight whenVolatile(String expression, String countSql, String problem) {
        return new Preflight(Kind.WHEN_VOLATILE, countSql, problem, null, null, expression, null);
    }

    public Preflight withCount(long n) {
        return new Preflight(kind, countSql, problem, n, null, volatileIf, null);
    }

    /** The volatile functions {@link #volatileIf} calls, for the message. */
    public Preflight withFunctions(java.util.List<String> functions) {
        return new Preflight(kind, countSql, problem.replace("{functions}", String.join(", ", functions)), count,
                notChecked, volatileIf, null);
    }

    /**
     * The check raised {@code serverMessage} with SQLSTATE {@code sqlState}: a finding for a cast check, otherwise
     * unchecked ({@link #raised}). Only what the error means goes into the plan, never the stored value it quotes
     * (see {@link #withoutValues}). A cast check that could not be asked at all (SQLSTATE class 42: the table or
     * column is missing because an earlier step of the same plan creates it; checks name what the plan renames by its
     * live name, see {@code Tables#liveRelation}) is unchecked too: its error
     * says nothing about the rows, and the transaction still fails whole if the cast does.
     */
    public Preflight withError(String sqlState, String serverMessage) {
        if (kind != Kind.CAST || sqlState != null && sqlState.startsWith("42")) {
            return new Preflight(kind, countSql, problem, null, null, volatileIf, sqlState == null ? "" : sqlState);
        }
        String meaning = withoutValues(serverMessage) + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")");
        return new Preflight(kind, countSql, problem.replace("{error}", meaning), 1L, null, volatileIf, null);
    }

    /**
     * The server's message without the data it quotes. A cast that fails on a row names the row's value
     * ({@code invalid input syntax for type integer: "sk_live_..."}, {@code value "99999999999" is out of range for
     * type integer}), its DETAIL and CONTEXT lines may quote more ({@code JSON data, line 1: ...}), and the plan is
     * posted on pull requests and kept in CI logs. So: the first line only, and everything from its first double
     * quote to its last one (to its end when there is only one) removed. PostgreSQL does not escape quotes inside
     * the value, so no quote can be trusted to end it early; what is left says what went wrong.
     */
    public static String withoutValues(String serverMessage) {
        String line = serverMessage == null ? "" : serverMessage.lines().findFirst().orElse("");
        int first = line.indexOf('"');
        if (first < 0) return line.strip();
        int last = line.lastIndexOf('"');
        String cut = line.substring(0, first) + (last > first ? line.substring(last + 1) : "");
        return cut.replaceAll("\\s+", " ").replaceAll("\\s*:\\s*$", "").replaceAll(" ([,.;])", "$1").strip();
    }

    /** Bytes as pg_size_pretty prints them: a unit once the number reaches 10 of the next one, rounded. */
    static String size(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int u = 0;
        while (u < units.length - 1 && Math.abs(v) >= 10 * 1024 - 0.5) {
            v /= 1024;
            u++;
        }
        return Math.round(v) + " " + units[u];
    }

    /** The check was not run, for {@code reason} ("the expression calls volatile function nextval(regclass)"). */
    public Preflight skipped(String reason) {
        return new Preflight(kind, countSql, problem, null, reason, volatileIf, null);
    }

    /**
     * The live rows do not pass: the check found rows that make the step fail, or raised an error while it read them
     * (a division by zero in the expression, a function that refuses to run read-only). Such a step keeps the simple
     * form, in the transaction, so that it fails before anything commits. An error of SQLSTATE class 42 or 3F (a
     * column, table, function or schema that is not there yet, because an earlier step of the plan adds or renames
     * it) says nothing of the rows: the check never read them.
     */
    public boolean failsOrRaised() {
        return refuses() && (failed() || raised != null && !beforeTheRows(raised));
    }

    private static boolean beforeTheRows(String sqlState) {
        return sqlState.startsWith("42") || sqlState.startsWith("3F");
    }

    /** The check found rows that make the step fail: it is refused. */
    public boolean failed() {
        return found() && refuses();
    }

    /** What it finds refuses the step (a check, a cast), rather than being told (a figure, a warning). */
    public boolean refuses() {
        return kind == Kind.CHECK || kind == Kind.CAST;
    }

    /** An informational count or figure ({@link Kind#ROWS}). */
    public boolean rows() {
        return kind == Kind.ROWS;
    }

    /** The check found something to tell: rows that make the step fail, or (a warning) rows it rewrites. */
    public boolean found() {
        return kind != Kind.ROWS && count != null && count > 0;
    }

    public String message() {
        if (count != null && problem.contains("{size}")) return problem.replace("{size}", size(count));
        if (count != null && problem.contains("{about}")) return problem.replace("{about}", String.valueOf(count))
                .replace("about 1 rows", "about 1 row");
        if (kind == Kind.ROWS && count != null && count > ROW_LIMIT) return problem.replace("{n}", "more than " + ROW_LIMIT);
        String text = problem.replace("{n}", String.valueOf(count));
        if (count == null || count != 1) return text;
        return text.replace("1 rows have", "1 row has").replace("1 rows ", "1 row ")
                .replace("1 duplicate values", "1 duplicate value").replace("1 views or rules use", "1 view or rule uses")
                .replace("has 1 NULL values", "has 1 NULL value").replace("about 1 rows", "about 1 row")
                .replace("drops 1 rows", "drops 1 row").replace("in 1 rows", "in 1 row")
                .replace(" break check ", " breaks check ").replace(" reference missing rows", " references missing rows");
    }
}
