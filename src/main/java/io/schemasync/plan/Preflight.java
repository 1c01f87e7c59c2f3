package io.schemasync.plan;

/**
 * A read-only query run against the live data before apply, counting rows that would make a step fail
 * (NULLs before SET NOT NULL, duplicates before UNIQUE, ...).
 *
 * @param countSql a SELECT returning one bigint: the number of offending rows
 * @param problem  what a non-zero count means, with {@code {n}} for the count, e.g.
 *                 "{n} rows have NULL in email; SET NOT NULL would fail (backfill first, or add a default)"
 * @param count    null until the check ran
 */
public record Preflight(String countSql, String problem, Long count) {
    public Preflight withCount(long n) {
        return new Preflight(countSql, problem, n);
    }

    public boolean failed() {
        return count != null && count > 0;
    }

    public String message() {
        return problem.replace("{n}", String.valueOf(count));
    }
}
