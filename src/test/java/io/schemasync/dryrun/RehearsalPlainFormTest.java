package io.schemasync.dryrun;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a rehearsal runs inside its transaction instead of a statement that cannot run in one. */
class RehearsalPlainFormTest {
    @Test
    void concurrentlyRightAfterIndexIsDropped() {
        assertEquals("CREATE INDEX IF NOT EXISTS ix ON public.t (a)",
                Rehearsal.plainForm("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON public.t (a)"));
        assertEquals("CREATE UNIQUE INDEX \"concurrently\" ON public.t (a)",
                Rehearsal.plainForm("CREATE UNIQUE INDEX CONCURRENTLY \"concurrently\" ON public.t (a)"));
        assertEquals("DROP INDEX IF EXISTS public.ix", Rehearsal.plainForm("DROP INDEX concurrently IF EXISTS public.ix"));
    }

    @Test
    void everythingElseIsLeftAsItIs() {
        String[] same = {
            "ALTER TABLE public.t ADD COLUMN concurrently integer",
            "CREATE INDEX \"CONCURRENTLY\" ON public.t (a)",
            "ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check",
            "COMMENT ON INDEX public.ix IS 'built CONCURRENTLY'",
        };
        for (String sql : same) assertEquals(sql, Rehearsal.plainForm(sql));
    }
}
