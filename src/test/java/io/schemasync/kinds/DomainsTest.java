package io.schemasync.kinds;

import io.schemasync.kinds.Domains.Domain;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeUse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The steps of the domain kind, without a database (the acceptance cases run them on one). */
class DomainsTest {
    private static final Domain EMAIL = new Domain("email", "text", true, null,
            List.of(new CheckConstraint("has_at", "VALUE ~~ '%@%'::text")), null, null);

    /** What a kind wrote: statements, guarded statements, risks and checks, as text. */
    private static final class Recorder implements StepOut {
        final List<String> sql = new ArrayList<>();
        final List<String> script = new ArrayList<>();
        final List<String> risks = new ArrayList<>();
        final List<String> checks = new ArrayList<>();

        @Override
        public Step step(Act act, String summary) {
            return new Step() {
                @Override
                public Step sql(String statement) {
                    return sql(statement, statement);
                }

                @Override
                public Step sql(String statement, String guarded) {
                    sql.add(statement);
                    script.add(guarded);
                    return this;
                }

                @Override
                public Step risk(Risk risk, String message) {
                    risks.add(risk + ": " + message);
                    return this;
                }

                @Override
                public Step check(String countSql, String problem) {
                    checks.add(countSql);
                    return this;
                }

                @Override
                public Step rows(String countSql, String what) {
                    return this;
                }
            };
        }
    }

    private static TypeUse use(String column, boolean array) {
        return new TypeUse(ObjectRef.inTable(ObjectRef.Kind.COLUMN, "public", "account", column), array);
    }

    private static Domain withChecks(CheckConstraint... checks) {
        return new Domain("email", "text", true, null, List.of(checks), null, null);
    }

    @Test
    void aNewCheckOnAUsedDomainIsAddedNotValidThenValidatedAndItsScriptFormRunsTwice() {
        Recorder out = new Recorder();
        Domain to = withChecks(EMAIL.checks().get(0), new CheckConstraint("lower", "VALUE = lower(VALUE)"));
        Domains.KIND.alter("public", EMAIL, to, List.of(use("email", false)), out);
        assertEquals(List.of("ALTER DOMAIN \"public\".\"email\" ADD CONSTRAINT \"lower\" CHECK (VALUE = lower(VALUE)) NOT VALID",
                "ALTER DOMAIN \"public\".\"email\" VALIDATE CONSTRAINT \"lower\""), out.sql);
        assertTrue(out.script.get(0).startsWith("DO $schemasync$"), out.script.get(0));
        assertTrue(out.script.get(0).contains("IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid ="
                + " pg_catalog.to_regtype('\"public\".\"email\"') AND conname = 'lower')"), out.script.get(0));
        assertEquals(List.of("SELECT (SELECT count(*) FROM \"public\".\"account\" WHERE NOT (\"email\" = lower(\"email\")))"),
                out.checks);
    }

    @Test
    void aDroppedCheckIsDroppedIfItExistsInTheScript() {
        Recorder out = new Recorder();
        Domains.KIND.alter("public", EMAIL, withChecks(), List.of(), out);
        assertEquals(List.of("ALTER DOMAIN \"public\".\"email\" DROP CONSTRAINT \"has_at\""), out.sql);
        assertEquals(List.of("ALTER DOMAIN \"public\".\"email\" DROP CONSTRAINT IF EXISTS \"has_at\""), out.script);
    }

    @Test
    void aNewRuleIsRefusedWhileArraysOfTheDomainAreUsed() {
        Recorder out = new Recorder();
        Domain notNull = new Domain("email", "text", false, null, EMAIL.checks(), null, null);
        Domains.KIND.alter("public", EMAIL, notNull, List.of(use("email", false), use("backups", true)), out);
        assertEquals(1, out.risks.size(), out.risks.toString());
        assertTrue(out.risks.get(0).startsWith("UNSUPPORTED: PostgreSQL cannot set NOT NULL on a domain while columns"
                + " hold arrays of it (public.account.backups)"), out.risks.get(0));
        assertEquals(List.of(), out.checks);
    }

    @Test
    void aNewTypeRefusesNullWhenNotNullAndValuesThatFailACheck() {
        Domain notNull = new Domain("email", "text", false, "'x@y'", EMAIL.checks(), null, null);
        NewType t = Domains.KIND.asNewType(notNull).orElseThrow();
        assertEquals("(v.x) IS NULL OR NOT ((v.x) ~~ '%@%'::text)", t.refuses("v.x"));
        assertEquals("'x@y'", t.defaultExpr());
        assertEquals("false", Domains.KIND.asNewType(withChecks()).orElseThrow().refuses("v.x"));
    }
}
