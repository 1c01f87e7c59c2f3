package io.schemasync.render;

import io.schemasync.plan.Phase;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.render.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {
    @Test
    void rendersTheFullPlan() {
        assertEquals("""
                ### Plan: 3 to create, 2 to alter (1 refused), 1 to drop (refused), 1 in sync · 3 warnings

                schemasync plan for postgres://app:\\*\\*\\*\\*\\*@db.internal:5432/app

                | | object | change | notes |
                |---|---|---|---|
                | + | table public.orders | create |  |
                | + | column public.users.last\\_login\\_at | add (timestamptz, nullable) |  |
                | ~ | column public.users.name | text → varchar(200) | warning: rewrites table; 3 rows longer than 200 |
                | ✗ | column public.users.legacy\\_flag | drop | **refused**: needs --allow-destructive |
                | ✗ | type public.status | remove value 'shipped' | **refused**: PostgreSQL cannot remove an enum value |
                | + | index public.orders.orders\\_customer\\_idx | create (customer\\_id) | after commit; warning: builds without blocking writes |

                **2 steps are refused and will not be applied:**

                - drop column public.users.legacy\\_flag: needs --allow-destructive
                - alter type public.status: PostgreSQL cannot remove an enum value

                <details><summary>SQL</summary>

                ```sql
                BEGIN;

                -- + table public.orders: create
                CREATE TABLE "public"."orders" ("id" bigint NOT NULL);

                -- + column public.users.last_login_at: add (timestamptz, nullable)
                ALTER TABLE "public"."users" ADD COLUMN "last_login_at" timestamp with time zone;

                -- ~ column public.users.name: text → varchar(200)
                -- warning: rewrites table
                -- warning: 3 rows longer than 200
                ALTER TABLE "public"."users" ALTER COLUMN "name" TYPE character varying(200);

                -- refused: drop column public.users.legacy_flag (needs --allow-destructive)
                -- ALTER TABLE "public"."users" DROP COLUMN IF EXISTS "legacy_flag";

                -- refused: alter type public.status (PostgreSQL cannot remove an enum value)

                COMMIT;

                -- after commit: each statement commits on its own (CONCURRENTLY cannot run in a transaction, VALIDATE lets writes go on)

                -- + index public.orders.orders_customer_idx: create (customer_id)
                -- warning: builds without blocking writes
                CREATE INDEX CONCURRENTLY "orders_customer_idx" ON "public"."orders" ("customer_id");
                ```

                </details>
                """, MarkdownRenderer.render(Fixtures.full(), TARGET));
    }

    @Test
    void listsUnmanagedObjects() {
        String md = MarkdownRenderer.render(Fixtures.designExample(), TARGET);
        assertTrue(md.contains("\n| ? | view public.active\\_users | unmanaged | left alone |\n"), md);
    }

    @Test
    void anEmptyPlanIsAHeading() {
        assertEquals("""
                ### In sync: nothing to do (2 objects in sync)

                schemasync plan for postgres://app:\\*\\*\\*\\*\\*@db.internal:5432/app
                """, MarkdownRenderer.render(Fixtures.empty(), TARGET));
    }

    @Test
    void pipesBackticksAndNewlinesStayInsideTheirCell() {
        String md = MarkdownRenderer.render(Fixtures.of(TextRendererTest.addColumn("a|b", "`x`\n| y <b>")), TARGET);
        assertTrue(md.contains("\n| + | column public.a\\|b.\\`x\\`\\\\n\\| y \\<b\\> | add |  |\n"), md);
    }

    @Test
    void theSqlFenceIsLongerThanAnyBacktickRunInTheSql() {
        Step step = new Step(Fixtures.createOrders().change(), Step.Action.CREATE, "create",
                List.of("CREATE TABLE \"public\".\"a```b\" ()"), List.of(), Phase.TRANSACTION, List.of(), List.of(),
                false);
        String md = MarkdownRenderer.render(Fixtures.of(step), TARGET);
        assertTrue(md.contains("\n````sql\nBEGIN;\n"), md);
        assertTrue(md.contains("\nCOMMIT;\n````\n"), md);
    }
}
