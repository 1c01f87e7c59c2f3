package io.schemasync.render;

import io.schemasync.diff.Change;
import io.schemasync.kinds.Views;
import io.schemasync.model.Column;
import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change that views are dropped and created again around says so in all four formats. */
class RecreatesRenderTest {
    private static Plan plan() {
        Column from = Column.of("score", "integer", false);
        var change = new Change.AlterColumn("public", "users", from, from.withType("bigint"),
                Set.of(Change.ColumnAspect.TYPE));
        String alter = "ALTER TABLE \"public\".\"users\" ALTER COLUMN \"score\" TYPE bigint";
        Views.View view = new Views.View("active_users", "SELECT id FROM users WHERE score > 0", List.of("id"),
                List.of("bigint"), null, false, false, null);
        List<ObjectRef> because = List.of(change.target());
        Step detach = new Step(new Change.DetachDependent("public", view, because), Step.Action.ALTER,
                "drop for a moment, around the change of column public.users.score",
                List.of("DROP VIEW \"public\".\"active_users\""), List.of("DROP VIEW IF EXISTS \"public\".\"active_users\""),
                Phase.TRANSACTION, List.of(), List.of(), false);
        Step step = new Step(change, Step.Action.ALTER, "integer → bigint", List.of(alter), List.of(alter),
                Phase.TRANSACTION, List.of(), List.of(), false, List.of("view public.active_users"));
        return new Plan(List.of(detach, step), List.of(), List.of());
    }

    @Test
    void textShowsTheRecreatedViewOnTheStep() {
        String text = TextRenderer.render(plan(), "test", false);
        assertTrue(text.contains("integer → bigint   ↻ recreates view public.active_users"), text);
        assertTrue(text.contains("  ↻ view public.active_users"), text);
    }

    @Test
    void jsonListsThemInRecreates() {
        String json = JsonRenderer.render(plan(), "test");
        assertTrue(json.contains("\"recreates\" : [ \"view public.active_users\" ]")
                || json.replaceAll("\\s", "").contains("\"recreates\":[\"viewpublic.active_users\"]"), json);
    }

    @Test
    void markdownAndSqlNameThem() {
        assertTrue(MarkdownRenderer.render(plan(), "test").contains("↻ recreates view public.active_users"));
        String sql = SqlRenderer.render(plan(), "test");
        assertTrue(sql.contains("-- ↻ recreates view public.active_users\nALTER TABLE"), sql);
        assertTrue(sql.indexOf("DROP VIEW IF EXISTS") < sql.indexOf("ALTER TABLE"), sql);
    }
}
