package io.schemasync.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Plan;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.schemasync.render.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {
    private static final String HOSTILE = "we\"ird\\na\nme\t\u0001\u007f é ✓ \uD83D\uDE00 \u2028 </script>";

    @Test
    void rendersAStepWithEveryField() {
        assertEquals("""
                {
                  "$schema": "https://schemasync.io/schemas/plan-v1.json",
                  "format_version": 1,
                  "target": "postgres://app:*****@db.internal:5432/app",
                  "in_sync": 0,
                  "changes": [
                    {
                      "object": "column public.users.name",
                      "kind": "column",
                      "schema": "public",
                      "table": "users",
                      "name": "name",
                      "action": "alter",
                      "summary": "text \\u2192 varchar(200)",
                      "phase": "transaction",
                      "refused": false,
                      "destructive": false,
                      "recreates": [],
                      "hazards": [
                        {
                          "kind": "rewrites_table",
                          "message": "rewrites table"
                        }
                      ],
                      "preflights": [
                        {
                          "kind": "check",
                          "problem": "3 rows longer than 200",
                          "count": 3,
                          "not_checked": null
                        }
                      ],
                      "sql": [
                        "ALTER TABLE \\"public\\".\\"users\\" ALTER COLUMN \\"name\\" TYPE character varying(200)"
                      ]
                    }
                  ],
                  "unmanaged": [],
                  "summary": {
                    "create": 0,
                    "alter": 1,
                    "drop": 0,
                    "refused": 0,
                    "warnings": 2
                  }
                }
                """, JsonRenderer.render(Fixtures.of(Fixtures.narrowName()), TARGET));
    }

    @Test
    void anEmptyPlanHasEmptyLists() {
        assertEquals("""
                {
                  "$schema": "https://schemasync.io/schemas/plan-v1.json",
                  "format_version": 1,
                  "target": "postgres://app:*****@db.internal:5432/app",
                  "in_sync": 2,
                  "changes": [],
                  "unmanaged": [],
                  "summary": {
                    "create": 0,
                    "alter": 0,
                    "drop": 0,
                    "refused": 0,
                    "warnings": 0
                  }
                }
                """, JsonRenderer.render(Fixtures.empty(), TARGET));
    }

    @Test
    void summaryAndFlagsMatchTheTextPlan() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonRenderer.render(Fixtures.full(), TARGET));
        assertEquals("{\"create\":3,\"alter\":2,\"drop\":1,\"refused\":2,\"warnings\":3}", json.get("summary").toString());
        JsonNode drop = json.get("changes").get(3);
        assertEquals("column public.users.legacy_flag", drop.get("object").asText());
        assertTrue(drop.get("refused").asBoolean() && drop.get("destructive").asBoolean());
        assertEquals("after_commit", json.get("changes").get(5).get("phase").asText());
        assertTrue(json.get("changes").get(4).get("sql").isEmpty());
    }

    @Test
    void hostileNamesSurviveARoundTrip() throws Exception {
        Plan plan = new Plan(List.of(TextRendererTest.addColumn(HOSTILE, HOSTILE)), List.of(),
                List.of(ObjectRef.of(ObjectRef.Kind.MATERIALIZED_VIEW, HOSTILE, HOSTILE)));
        String text = JsonRenderer.render(plan, HOSTILE);
        assertTrue(text.chars().allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f), text);
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(HOSTILE, json.get("target").asText());
        assertEquals(HOSTILE, json.get("changes").get(0).get("name").asText());
        assertEquals(HOSTILE, json.get("changes").get(0).get("table").asText());
        assertEquals("materialized_view", json.get("unmanaged").get(0).get("kind").asText());
        assertEquals(HOSTILE, json.get("unmanaged").get(0).get("schema").asText());
    }

    @Test
    void escapesEachSpecialCharacterAsRfc8259Says() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("s", "\"\\/\b\f\n\r\t\u0000\u001f é\uD83D\uDE00");
        map.put("n", null);
        assertEquals("""
                {
                  "s": "\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f \\u00e9\\ud83d\\ude00",
                  "n": null
                }
                """, Json.write(map));
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(1.5)));
    }
}
