package io.schemasync.diff;

import io.schemasync.model.Access;
import io.schemasync.model.Database;
import io.schemasync.model.DefaultPrivileges;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Privilege;
import io.schemasync.model.RowSecurity;
import io.schemasync.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Owners, grants, row-level security and default privileges against the live ones. Pure. */
class AccessDifferTest {
    private static final ObjectRef ORDERS = ObjectRef.of(Kind.TABLE, APP, "orders");
    private static final ObjectRef TOTAL = ObjectRef.of(Kind.FUNCTION, APP, "total(integer)");

    private static Privilege p(String role, String privilege) {
        return new Privilege(role, privilege, null, false);
    }

    private static Access access(ObjectRef target, String owner, List<Privilege> grants, RowSecurity rls) {
        return new Access(target, null, List.of(), owner, grants, rls, grants != null);
    }

    private static Database db(List<Access> access, List<DefaultPrivileges> defaults) {
        return new Database(List.of(new Schema(APP, null, List.of(), List.of(), List.of(),
                List.of(table("orders").id().build()), List.of())), List.of(), access, defaults);
    }

    private static List<Change> diff(Database live, Database desired) {
        Change.Result base = new Change.Result(List.of(), List.of(ORDERS), List.of());
        return AccessDiffer.diff(base, live, desired, "runner").changes();
    }

    @Test
    void theOwnersPrivilegesAreNeverADifference() {
        Database live = db(List.of(access(ORDERS, "app_owner", List.of(p("app_owner", "select"), p("reader", "select")),
                RowSecurity.OFF)), List.of());
        Database desired = db(List.of(access(ORDERS, "app_owner", List.of(p("reader", "select")), null)), List.of());
        assertEquals(List.of(), diff(live, desired));
    }

    @Test
    void missingPrivilegesAreGrantedAndUnlistedOnesRevoked() {
        Database live = db(List.of(access(ORDERS, "o", List.of(p("writer", "delete"), p("writer", "select")),
                RowSecurity.OFF)), List.of());
        Database desired = db(List.of(access(ORDERS, null, List.of(p("writer", "select"), p("reader", "select")),
                null)), List.of());
        List<Change> changes = diff(live, desired);
        assertEquals(2, changes.size());
        var revoke = (Change.RevokePrivileges) changes.get(0);
        assertEquals(List.of(p("writer", "delete")), revoke.privileges());
        assertTrue(!revoke.fresh(), "a revoke on an existing object is not fresh (it is refused without the flag)");
        assertEquals(List.of(p("reader", "select")), ((Change.GrantPrivileges) changes.get(1)).privileges());
    }

    @Test
    void withoutGrantsNothingIsCompared() {
        Database live = db(List.of(access(ORDERS, "o", List.of(p("writer", "delete")), RowSecurity.OFF)), List.of());
        Database desired = db(List.of(access(ORDERS, "o", null, null)), List.of());
        assertEquals(List.of(), diff(live, desired));
    }

    @Test
    void aGrantOptionTakenAwayIsARevokeOfTheOptionOnly() {
        Privilege grantable = new Privilege("reader", "select", null, true);
        Database live = db(List.of(access(ORDERS, "o", List.of(grantable), RowSecurity.OFF)), List.of());
        Database desired = db(List.of(access(ORDERS, null, List.of(p("reader", "select")), null)), List.of());
        var revoke = (Change.RevokePrivileges) diff(live, desired).get(0);
        assertEquals(List.of(grantable), revoke.privileges());
    }

    @Test
    void aNewFunctionStartsWithPublicExecuteUnlessTheDatabaseDefaultsSayOtherwise() {
        Access want = new Access(TOTAL, "total", List.of("integer"), null, List.of(p("reader", "execute")), null,
                false);
        List<Change> plain = diff(db(List.of(), List.of()), db(List.of(want), List.of()));
        var revoke = (Change.RevokePrivileges) plain.get(0);
        assertEquals(List.of(p("public", "execute")), revoke.privileges());
        assertTrue(revoke.fresh());
        Database noPublic = db(List.of(), List.of(new DefaultPrivileges(null, "runner", "functions", List.of())));
        assertEquals(1, diff(noPublic, db(List.of(want), List.of())).size(), "only the grant");
    }

    @Test
    void rowSecurityDisabledCarriesWhetherThereArePolicies() {
        Database live = db(List.of(access(ORDERS, "o", List.of(), new RowSecurity(true, true))), List.of());
        Database desired = db(List.of(access(ORDERS, null, null, new RowSecurity(true, false))), List.of());
        var c = (Change.SetRowSecurity) diff(live, desired).get(0);
        assertEquals(new RowSecurity(true, true), c.from());
        assertEquals(new RowSecurity(true, false), c.to());
    }

    @Test
    void defaultPrivilegesGrantAndRevokeInOneChange() {
        Database live = db(List.of(), List.of(new DefaultPrivileges(APP, "owner", "tables",
                List.of(p("reader", "update")))));
        Database desired = db(List.of(), List.of(new DefaultPrivileges(APP, "owner", "tables",
                List.of(p("reader", "select")))));
        var c = (Change.SetDefaultPrivileges) diff(live, desired).get(0);
        assertEquals(List.of(p("reader", "select")), c.grant());
        assertEquals(List.of(p("reader", "update")), c.revoke());
    }

    @Test
    void allBecomesTheServersList() {
        Database desired = db(List.of(access(ORDERS, null, List.of(p("w", "all")), null)), List.of());
        Database expanded = AccessDiffer.expandAll(desired, kind -> List.of("select", "insert"));
        assertEquals(List.of(p("w", "select"), p("w", "insert")), expanded.access().get(0).grants());
    }
}
