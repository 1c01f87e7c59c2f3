package io.schemasync.kinds;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TriggersTest {
    private static Trigger trigger(String when, List<String> arguments, boolean constraint) {
        return new Trigger("Order", "touch", "before", List.of("update", "insert"), List.of("a", "B"), null, null, true,
                when, "app", "set_updated_at", arguments, constraint, constraint, false, "origin", null, null);
    }

    @Test
    void theConditionIsTheTextBetweenTheParenthesesAfterWhen() {
        assertEquals("(old.a IS DISTINCT FROM new.a)", Triggers.whenOf("CREATE TRIGGER t BEFORE UPDATE ON public.t"
                + " FOR EACH ROW WHEN ((old.a IS DISTINCT FROM new.a)) EXECUTE FUNCTION f()"));
        // A table or trigger called "when", and a string argument that says WHEN, are no WHEN clause.
        assertNull(Triggers.whenOf("CREATE TRIGGER \"when\" BEFORE UPDATE ON public.\"when\" FOR EACH ROW"
                + " EXECUTE FUNCTION f('WHEN (x)')"));
        assertEquals("(new.\")\" > ')')", Triggers.whenOf("CREATE TRIGGER \"when\" AFTER INSERT ON \"when\" FOR EACH"
                + " ROW WHEN ((new.\")\" > ')')) EXECUTE FUNCTION f()"));
    }

    @Test
    void argumentsAreReadFromTheEscapeFormOfTgargs() {
        assertEquals(List.of("it's", "back\\slash", "héllo", ""), TriggerArguments.decode(
                "it's\\000back\\\\slash\\000h\\303\\251llo\\000\\000", 4));
        assertEquals(List.of(), TriggerArguments.decode("", 0));
    }

    @Test
    void aFunctionNameIsOneOrTwoNamesAndNothingElse() {
        assertEquals(List.of("app", "Set Updated"), Triggers.qualifiedName("App.\"Set Updated\"()"));
        assertEquals(List.of("touch"), Triggers.qualifiedName(" touch "));
        assertEquals(List.of(), Triggers.qualifiedName("touch(); DROP TABLE x"));
        assertEquals(List.of(), Triggers.qualifiedName("a.b.c"));
        assertEquals(List.of(), Triggers.qualifiedName("touch('x')"));
    }

    @Test
    void createQuotesEveryNameAndMakesArgumentsLiterals() {
        assertEquals("CREATE TRIGGER \"touch\" BEFORE INSERT OR UPDATE OF \"a\", \"B\" ON \"app\".\"Order\" FOR EACH ROW"
                        + " WHEN (new.a > 0) EXECUTE FUNCTION \"app\".\"set_updated_at\"('it''s', 'x')",
                TriggerSql.create("app", trigger("new.a > 0", List.of("it's", "x"), false), false));
        assertEquals("CREATE OR REPLACE CONSTRAINT TRIGGER \"touch\" BEFORE INSERT OR UPDATE OF \"a\", \"B\" ON"
                        + " \"app\".\"Order\" DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION"
                        + " \"app\".\"set_updated_at\"()",
                TriggerSql.create("app", trigger(null, List.of(), true), true));
        assertThrows(IllegalArgumentException.class, () -> TriggerSql.create("app",
                trigger("true) EXECUTE FUNCTION f(); DROP TABLE x; --", List.of(), false), false));
    }

    @Test
    void theIdentityNamesTheTableAndIsWhatDropNames() {
        assertEquals("\"Order\".touch", trigger(null, List.of(), false).name());
        assertEquals("\"Order\".touch", Triggers.KIND.identity("\"Order\".TOUCH"));
        assertEquals("users", Triggers.KIND.identity("users"));
    }
}
