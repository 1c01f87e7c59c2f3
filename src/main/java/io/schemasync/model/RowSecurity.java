package io.schemasync.model;

/**
 * {@code ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY}: pg_class.relrowsecurity and relforcerowsecurity.
 *
 * @param forced the policies apply to the table's owner too
 */
public record RowSecurity(boolean enabled, boolean forced) {
    public static final RowSecurity OFF = new RowSecurity(false, false);
}
