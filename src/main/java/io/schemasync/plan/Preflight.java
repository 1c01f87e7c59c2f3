package io.schemasync.plan;

/**
 * A read-only query run against the live data before apply, counting rows that would make a step fail
 * (NULLs before SET NOT NULL, duplicates before UNIQUE, ...).
 *
 * @param countSql   a SELECT returning one bigint: the number of offending rows
 * @param problem    what a non-zero count means, with {@code {n}} for the count, e.g.
 *                   "{n} rows have NULL in email; SET NOT NULL would fail (backfill them first: UPDATE ...)"
 * @param count      null until the check ran (or when it could not run)
 * @param errorFails true for a check that fails by raising the very error the step would raise (a cast that
 *                   some value cannot take): then the server's message is the finding
 * @param notChecked why the check was deliberately not run (it would call a volatile function, ...), for the
 *                   plan to show; null when it ran, or when it simply could not run yet (a table an earlier step
 *                   creates)
 * @param rows       an informational count, never a failure: the rows a drop deletes ({@code "drops {n} rows"}),
 *                   counted up to {@link #ROW_LIMIT} and shown as "more than" beyond it
 * @param volatileIf null, or an expression (a new column's default) that decides whether the check matters: only
 *                   when it calls a volatile function (asked of the server, never evaluated) does {@code countSql}
 *                   run, and what it finds is a warning ({@code {functions}} names the functions), never a refusal
 * @param raised     the check ran and raised an error that is not a finding (its SQLSTATE, "" when unknown):
 *                   evaluating it over the live rows failed (a division by zero in a CHECK expression), or it names
 *                   what an earlier step of the plan makes. Not shown; see {@link #failsOrRaised}
 * @param warnOnly   the offending rows are told as a warning and never refuse the step: a constraint the YAML adds
 *                   NOT VALID ({@code not_valid: true}) is meant to let them stay
 */
public record Preflight(String countSql, String problem, Long count, boolean errorFails, String notChecked,
                        boolean rows, String volatileIf, String raised, boolean warnOnly) {
    /** Counting the rows of a drop stops here: a plan must not scan a table of a billion rows to say so. */
    public static final long ROW_LIMIT = 1_000_000;

    public Preflight(String countSql, String problem, Long count) {
        this(countSql, problem, count, false);
    }

    public Preflight(String countSql, String problem, Long count, boolean errorFails) {
        this(countSql, problem, count, errorFails, null);
    }

    public Preflight(String countSql, String problem, Long count, boolean errorFails, String notChecked) {
        this(countSql, problem, count, errorFails, notChecked, false);
    }

    public Preflight(String countSql, String problem, Long count, boolean errorFails, String notChecked,
                     boolean rows) {
        this(countSql, problem, count, errorFails, notChecked, rows, null);
    }

    public Preflight(String countSql, String problem, Long count, boolean errorFails, String notChecked,
                     boolean rows, String volatileIf) {
        this(countSql, problem, count, errorFails, notChecked, rows, volatileIf, null, false);
    }

    /** Rows that a constraint added NOT VALID lets stay: told ({@code problem}, "{n} rows ..."), never refused. */
    public static Preflight warning(String countSql, String problem) {
        return new Preflight(countSql, problem, null, false, null, false, null, null, true);
    }

    /** The rows a drop deletes; {@code countSql} counts at most {@link #ROW_LIMIT} + 1 of them. */
    public static Preflight rows(String countSql, String what) {
        return new Preflight(countSql, what, null, false, null, true);
    }

    /**
     * A figure for the plan, never a failure and never capped: {@code what} holds {@code {about}} for a number (a row
     * estimate) or {@code {size}} for bytes, printed as PostgreSQL's pg_size_pretty does ("96 kB").
     */
    public static Preflight figure(String sql, String what) {
        return new Preflight(sql, what, null, false, null, true);
    }

    /** A warning about {@code countSql} rows that holds only when {@code expression} calls a volatile function. */
    public static Preflight whenVolatile(String expression, String countSql, String problem) {
        return new Preflight(countSql, problem, null, false, null, false, expression);
    }

    public Preflight withCount(long n) {
        return new Preflight(countSql, problem, n, errorFails, null, rows, volatileIf, null, warnOnly);
    }

    /** The volatile functions {@link #volatileIf} calls, for the message. */
    public Preflight withFunctions(java.util.List<String> functions) {
        return new Preflight(countSql, problem.replace("{functions}", String.join(", ", functions)), count,
                errorFails, notChecked, rows, volatileIf, null, warnOnly);
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
        if (!errorFails || sqlState != null && sqlState.startsWith("42")) {
            return new Preflight(countSql, problem, null, false, null, rows, volatileIf,
                    sqlState == null ? "" : sqlState, warnOnly);
        }
        String meaning = withoutValues(serverMessage) + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")");
        return new Preflight(countSql, problem.replace("{error}", meaning), 1L, true, null, rows, volatileIf, null,
                warnOnly);
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
        return new Preflight(countSql, problem, null, errorFails, reason, rows, volatileIf, null, warnOnly);
    }

    /**
     * The live rows do not pass: the check found rows that make the step fail, or raised an error while it read them
     * (a division by zero in the expression, a function that refuses to run read-only). Such a step keeps the simple
     * form, in the transaction, so that it fails before anything commits. An error of SQLSTATE class 42 or 3F (a
     * column, table, function or schema that is not there yet, because an earlier step of the plan adds or renames
     * it) says nothing of the rows: the check never read them.
     */
    public boolean failsOrRaised() {
        return !rows && volatileIf == null && !warnOnly && (failed() || raised != null && !beforeTheRows(raised));
    }

    private static boolean beforeTheRows(String sqlState) {
        return sqlState.startsWith("42") || sqlState.startsWith("3F");
    }

    /** The check found rows that make the step fail: it is refused. */
    public boolean failed() {
        return found() && volatileIf == null && !warnOnly;
    }

    /** The check found something to tell: rows that make the step fail, or (a warning) rows it rewrites. */
    public boolean found() {
        return !rows && count != null && count > 0;
    }

    public String message() {
        if (count != null && problem.contains("{size}")) return problem.replace("{size}", size(count));
        if (count != null && problem.contains("{about}")) return problem.replace("{about}", String.valueOf(count))
                .replace("about 1 rows", "about 1 row");
        if (rows && count != null && count > ROW_LIMIT) return problem.replace("{n}", "more than " + ROW_LIMIT);
        String text = problem.replace("{n}", String.valueOf(count));
        if (count == null || count != 1) return text;
        return text.replace("1 rows have", "1 row has").replace("1 rows ", "1 row ")
                .replace("1 duplicate values", "1 duplicate value").replace("1 views or rules use", "1 view or rule uses")
                .replace("has 1 NULL values", "has 1 NULL value").replace("about 1 rows", "about 1 row")
                .replace("drops 1 rows", "drops 1 row").replace("in 1 rows", "in 1 row")
                .replace(" break check ", " breaks check ").replace(" reference missing rows", " references missing rows");
    }
}
