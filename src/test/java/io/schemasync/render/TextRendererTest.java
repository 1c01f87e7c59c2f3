package io.schemasync.render;

import io.schemasync.diff.Change;
import io.schemasync.model.Column;
import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.render.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRendererTest {
    private static final String ESC = "\u001b";
    private static final TextRenderer.Look VERBOSE = new TextRenderer.Look(false, true, true);

    @Test
    void rendersTheDesignExample() {
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  ✓ table public.users                       in sync
                  + table public.orders                      create
                  + column public.users.last_login_at        add (timestamptz, nullable)
                  ~ column public.users.name                 text → varchar(200)   ⚠ rewrites table; 3 rows longer than 200
                  - column public.users.legacy_flag          drop   ✗ refused without --allow-destructive
                  ? view public.active_users                 unmanaged (left alone)
                Plan: 2 to create, 1 to alter, 1 to drop (refused), 1 in sync · 1 unmanaged · 2 warnings
                """, TextRenderer.render(Fixtures.designExample(), TARGET, VERBOSE));
    }

    @Test
    void showsUnsupportedRefusalsAndTheAfterCommitPhase() {
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  ✓ table public.users                       in sync
                  + table public.orders                      create
                  + column public.users.last_login_at        add (timestamptz, nullable)
                  ~ column public.users.name                 text → varchar(200)   ⚠ rewrites table; 3 rows longer than 200
                  - column public.users.legacy_flag          drop   ✗ refused without --allow-destructive
                  ~ type public.status                       remove value 'shipped'   ✗ PostgreSQL cannot remove an enum value
                  + index public.orders.orders_customer_idx  create (customer_id)   (after commit)   ⚠ builds without blocking writes
                Plan: 3 to create, 2 to alter (1 refused), 1 to drop (refused), 1 in sync · 3 warnings
                """, TextRenderer.render(Fixtures.full(), TARGET, VERBOSE));
    }

    /** A check that was deliberately not run is a warning: the reviewer learns the live rows were not looked at. */
    @Test
    void aCheckThatWasNotRunIsShownWithItsReason() {
        Step step = Fixtures.narrowName();
        Step skipped = step.withPreflights(List.of(step.preflights().getFirst()
                .skipped("the expression calls volatile function nextval(regclass)")));
        String text = TextRenderer.render(new Plan(List.of(skipped), List.of(), List.of()), TARGET, false);
        assertTrue(text.contains("⚠ rewrites table; not checked: the expression calls volatile function"
                + " nextval(regclass)\n"), text);
        assertTrue(text.endsWith("· 2 warnings\n"), text);
    }

    @Test
    void anEmptyPlanSaysSo() {
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  ✓ table public.orders                      in sync
                  ✓ table public.users                       in sync
                In sync: nothing to do (2 objects in sync)
                """, TextRenderer.render(Fixtures.empty(), TARGET, VERBOSE));
    }

    /** By default the plan lists changes only; what is in sync is counted in the summary. */
    @Test
    void inSyncObjectsAreCountedButNotListedByDefault() {
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  + table public.orders                      create
                  + column public.users.last_login_at        add (timestamptz, nullable)
                  ~ column public.users.name                 text → varchar(200)   ⚠ rewrites table; 3 rows longer than 200
                  - column public.users.legacy_flag          drop   ✗ refused without --allow-destructive
                  ? view public.active_users                 unmanaged (left alone)
                Plan: 2 to create, 1 to alter, 1 to drop (refused), 1 in sync · 1 unmanaged · 2 warnings
                """, TextRenderer.render(Fixtures.designExample(), TARGET, false));
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                In sync: nothing to do (2 objects in sync)
                """, TextRenderer.render(Fixtures.empty(), TARGET, false));
    }

    /** Where the terminal's charset has no ✓, the symbols are ASCII, and none becomes "?" (unmanaged). */
    @Test
    void asciiFallbackKeepsEveryMarkDistinct() {
        String text = TextRenderer.render(Fixtures.full(), TARGET, new TextRenderer.Look(false, true, false));
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  = table public.users                       in sync
                  + table public.orders                      create
                  + column public.users.last_login_at        add (timestamptz, nullable)
                  ~ column public.users.name                 text -> varchar(200)   ! rewrites table; 3 rows longer than 200
                  - column public.users.legacy_flag          drop   x refused without --allow-destructive
                  ~ type public.status                       remove value 'shipped'   x PostgreSQL cannot remove an enum value
                  + index public.orders.orders_customer_idx  create (customer_id)   (after commit)   ! builds without blocking writes
                Plan: 3 to create, 2 to alter (1 refused), 1 to drop (refused), 1 in sync - 3 warnings
                """, text);
        assertTrue(text.chars().allMatch(c -> c < 128), text);
    }

    /** A drop says how many rows it deletes; the count never refuses the step. */
    @Test
    void aDropShowsTheRowsItDeletes() {
        Step drop = Fixtures.dropLegacyFlag(false);
        Step counted = drop.withPreflights(List.of(io.schemasync.plan.Preflight.rows("SELECT 1", "drops values in {n} rows")
                .withCount(1204)));
        String text = TextRenderer.render(Fixtures.of(counted), TARGET, false);
        assertTrue(text.contains("  - column public.users.legacy_flag          drop   drops values in 1204 rows\n"), text);
        assertTrue(text.endsWith("Plan: 1 to drop\n"), text);
        Step huge = drop.withPreflights(List.of(io.schemasync.plan.Preflight.rows("SELECT 1", "drops {n} rows")
                .withCount(io.schemasync.plan.Preflight.ROW_LIMIT + 1)));
        assertTrue(TextRenderer.render(Fixtures.of(huge), TARGET, false).contains("drops more than 1000000 rows"));
        Step one = drop.withPreflights(List.of(io.schemasync.plan.Preflight.rows("SELECT 1", "drops {n} rows")
                .withCount(1)));
        assertTrue(TextRenderer.render(Fixtures.of(one), TARGET, false).contains("drops 1 row\n"));
    }

    @Test
    void colourMarksEachActionAndStripsBackToThePlainText() {
        String colour = TextRenderer.render(Fixtures.full(), TARGET, new TextRenderer.Look(true, true, true));
        assertTrue(colour.contains("  " + ESC + "[2m✓ table public.users" + ESC + "[0m "));
        assertTrue(colour.contains("  " + ESC + "[32m+ table public.orders" + ESC + "[0m "));
        assertTrue(colour.contains("  " + ESC + "[33m~ column public.users.name" + ESC + "[0m "));
        assertTrue(colour.contains("  " + ESC + "[31m- column public.users.legacy_flag" + ESC + "[0m "));
        assertTrue(colour.contains(ESC + "[33m⚠ rewrites table; 3 rows longer than 200" + ESC + "[0m\n"));
        assertTrue(colour.contains(ESC + "[31m✗ refused without --allow-destructive" + ESC + "[0m\n"));
        assertTrue(colour.contains(ESC + "[31m✗ PostgreSQL cannot remove an enum value" + ESC + "[0m\n"));
        assertTrue(colour.contains(ESC + "[1mPlan: 3 to create"));
        assertEquals(TextRenderer.render(Fixtures.full(), TARGET, VERBOSE), colour.replaceAll(ESC + "\\[\\d+m", ""));
    }

    @Test
    void withoutColourThereIsNoEscapeCodeEvenInHostileNames() {
        Plan plan = new Plan(List.of(addColumn("t\u001b[31m", "c\u009b2J")),
                List.of(ObjectRef.of(ObjectRef.Kind.TABLE, "public", "\u001b]0;title\u0007")), List.of());
        String text = TextRenderer.render(plan, TARGET, false);
        assertFalse(text.contains(ESC), text);
        assertFalse(text.contains("\u009b"), text);
        assertTrue(text.contains("column public.t\\u001b[31m.c\\u009b2J"), text);
    }

    @Test
    void aNewlineInANameCannotForgeALine() {
        String text = TextRenderer.render(Fixtures.of(addColumn("users", "x\n  - table public.users  drop")),
                TARGET, false);
        assertEquals(3, text.lines().count(), text);
        assertTrue(text.contains("column public.users.x\\n  - table public.users  drop "), text);
    }

    @Test
    void theColumnWidensForTheLongestLabel() {
        String longName = "a_column_name_long_enough_to_push_past_forty";
        String text = TextRenderer.render(new Plan(List.of(addColumn("users", longName)),
                List.of(Fixtures.table("users")), List.of()), TARGET, VERBOSE);
        String label = "column public.users." + longName;
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  ✓ %s in sync
                  + %s add
                Plan: 1 to create, 1 in sync
                """.formatted(pad("table public.users", label.length()), label), text);
    }

    @Test
    void widthCountsCharactersNotUtf16Units() {
        String text = TextRenderer.render(new Plan(List.of(addColumn("users", "\uD83D\uDE00")),
                List.of(Fixtures.table("users")), List.of()), TARGET, VERBOSE);
        List<String> lines = text.lines().toList();
        assertEquals(lines.get(1).indexOf("in sync"), lines.get(2).codePointCount(0, lines.get(2).indexOf("add")));
    }

    @Test
    void oneWarningIsSingular() {
        String text = TextRenderer.render(Fixtures.of(Fixtures.concurrentIndex()), TARGET, false);
        assertTrue(text.endsWith("\nPlan: 1 to create · 1 warning\n"), text);
    }

    @Test
    void allowedDestructiveStepsAreCountedWithoutRefusal() {
        String text = TextRenderer.render(Fixtures.of(Fixtures.dropLegacyFlag(false)), TARGET, false);
        assertEquals("""
                schemasync plan  postgres://app:*****@db.internal:5432/app
                  - column public.users.legacy_flag          drop
                Plan: 1 to drop
                """, text);
    }

    static Step addColumn(String table, String column) {
        return Fixtures.step(new Change.AddColumn("public", table, Column.of(column, "text", true)),
                Step.Action.CREATE, "add", List.of(), List.of());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
