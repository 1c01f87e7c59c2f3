package io.schemasync.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SavedPlan;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.schemasync.render.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code --format json} and the plan file of {@code plan --out} are documented by docs/plan.schema.json: every
 * shape of plan the renderer can print is valid under it, and the schema is strict enough to catch a field that
 * is added or renamed without it.
 */
class PlanJsonSchemaTest {
    static final Path SCHEMA_FILE = Path.of("docs/plan.schema.json");
    private static final Schema SCHEMA = load();

    static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of every violation; empty when the document is valid. */
    static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static Stream<Plan> plans() {
        Step drop = Fixtures.dropLegacyFlag(false);
        Step counted = drop.withPreflights(List.of(Preflight.rows("SELECT 1", "drops values in {n} rows").withCount(3)));
        // Every kind of preflight: a NOT VALID constraint's rows and a volatile default's rewrite are warnings.
        Step told = drop.withPreflights(List.of(Preflight.warning("SELECT 1", "{n} rows stay").withCount(2),
                Preflight.whenVolatile("random()", "SELECT 1", "rewrites t (about {n} rows): {functions}")
                        .withFunctions(List.of("random()")).withCount(5),
                Preflight.cast("SELECT 1", "values cannot all be converted: {error}").withError("22P02", "bad"),
                Preflight.check("SELECT 1", "{n} rows have NULL in c")));
        return Stream.of(Fixtures.designExample(), Fixtures.full(), Fixtures.empty(), Fixtures.of(counted),
                Fixtures.of(told),
                Fixtures.of(Fixtures.narrowName()), new Plan(List.of(TextRendererTest.addColumn("t", "c")), List.of(),
                        List.of(ObjectRef.of(ObjectRef.Kind.MATERIALIZED_VIEW, "public", "m"))));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyPlanIsValid(Plan plan) {
        assertEquals(List.of(), violations(JsonRenderer.render(plan, TARGET)));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everySavedPlanIsValid(Plan plan) {
        Fingerprint catalog = Fingerprint.of(Map.of("table public.users", Fingerprint.hash("t")));
        SavedPlan saved = new SavedPlan("0.1.0", "2026-11-03T10:00:00Z", TARGET, true, false, catalog,
                Fingerprint.of(Map.of()), plan.fingerprint(), plan.savedSteps());
        assertEquals(List.of(), violations(JsonRenderer.render(plan, TARGET, saved)));
    }

    @Test
    void theSchemaCatchesAnUndocumentedOrMissingField() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var extra = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(JsonRenderer.render(Fixtures.full(), TARGET));
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra.get("changes").get(0)).put("surprise", 1);
        assertFalse(violations(extra.toString()).isEmpty(), "an undocumented field in a change");
        var missing = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(JsonRenderer.render(Fixtures.full(), TARGET));
        missing.remove("summary");
        assertFalse(violations(missing.toString()).isEmpty(), "no summary");
        var version = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(JsonRenderer.render(Fixtures.full(), TARGET));
        version.put("format_version", 2);
        assertFalse(violations(version.toString()).isEmpty(), "another format version");
    }

    @Test
    void theSchemaIdIsWhatThePlanPointsAt() throws Exception {
        var schema = new ObjectMapper().readTree(Files.readString(SCHEMA_FILE));
        assertEquals(JsonRenderer.SCHEMA_ID, schema.get("$id").asText());
    }
}
