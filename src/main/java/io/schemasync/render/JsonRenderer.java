package io.schemasync.render;

import io.schemasync.model.ObjectRef;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plan for machines: pretty-printed JSON with a stable key order. */
public final class JsonRenderer {
    private JsonRenderer() {}

    /** @param target the connection with its password already redacted */
    public static String render(Plan plan, String target) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", target);
        root.put("in_sync", plan.inSync().size());
        root.put("changes", plan.steps().stream().map(JsonRenderer::change).toList());
        root.put("unmanaged", plan.unmanaged().stream().map(JsonRenderer::object).toList());
        root.put("summary", summary(Summary.of(plan)));
        return Json.write(root);
    }

    private static Map<String, Object> change(Step step) {
        Map<String, Object> change = object(step.change().target());
        change.put("action", Notes.action(step));
        change.put("summary", step.summary());
        change.put("phase", lower(step.phase().name()));
        change.put("refused", step.refused());
        change.put("destructive", step.destructive());
        change.put("hazards", step.hazards().stream().map(JsonRenderer::hazard).toList());
        change.put("preflights", step.preflights().stream().map(JsonRenderer::preflight).toList());
        change.put("sql", step.statements());
        return change;
    }

    private static Map<String, Object> object(ObjectRef ref) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("object", ref.toString());
        object.put("kind", lower(ref.kind().name()));
        object.put("schema", ref.schema());
        object.put("table", ref.table());
        object.put("name", ref.name());
        return object;
    }

    private static Map<String, Object> hazard(Hazard hazard) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", lower(hazard.kind().name()));
        out.put("message", hazard.message());
        return out;
    }

    /**
     * {@code count} is null when the check has not run; {@code problem} then still holds the {n} placeholder, and
     * {@code not_checked} says why when it was deliberately skipped.
     */
    private static Map<String, Object> preflight(Preflight preflight) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("problem", preflight.count() == null ? preflight.problem() : preflight.message());
        out.put("count", preflight.count());
        out.put("not_checked", preflight.notChecked());
        return out;
    }

    private static Map<String, Object> summary(Summary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("create", summary.create().total());
        out.put("alter", summary.alter().total());
        out.put("drop", summary.drop().total());
        out.put("refused", summary.refused());
        out.put("warnings", summary.warnings());
        return out;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
