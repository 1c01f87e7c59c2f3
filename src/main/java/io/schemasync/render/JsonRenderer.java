package io.schemasync.render;

import io.schemasync.model.Fingerprint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SavedPlan;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Preflight;
import io.schemasync.plan.Step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan for machines: pretty-printed JSON with a stable key order, described by the JSON Schema
 * {@code docs/plan.schema.json}, whose version is {@link #FORMAT_VERSION}: a field is only ever added within a
 * version; renaming or removing one makes a new version.
 */
public final class JsonRenderer {
    public static final int FORMAT_VERSION = SavedPlan.FORMAT_VERSION;
    public static final String SCHEMA_ID = "https://schemasync.io/schemas/plan-v" + FORMAT_VERSION + ".json";

    private JsonRenderer() {}

    /** @param target the connection with its password already redacted */
    public static String render(Plan plan, String target) {
        return Json.write(root(plan, target));
    }

    /**
     * The plan file of {@code plan --out}: the same document with a {@code saved} section, which says what the plan
     * was computed from so that {@code apply --plan} can refuse it once the database or the schema files moved.
     */
    public static String render(Plan plan, String target, SavedPlan saved) {
        Map<String, Object> root = root(plan, target);
        root.put("saved", saved(saved));
        return Json.write(root);
    }

    private static Map<String, Object> root(Plan plan, String target) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA_ID);
        root.put("format_version", FORMAT_VERSION);
        root.put("target", target);
        root.put("in_sync", plan.inSync().size());
        root.put("changes", plan.steps().stream().map(JsonRenderer::change).toList());
        root.put("unmanaged", plan.unmanaged().stream().map(JsonRenderer::object).toList());
        root.put("summary", summary(Summary.of(plan)));
        return root;
    }

    private static Map<String, Object> saved(SavedPlan saved) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tool_version", saved.toolVersion());
        out.put("created_at", saved.createdAt());
        out.put("allow_destructive", saved.allowDestructive());
        out.put("unmanaged", saved.dropUnmanaged() ? "drop" : "keep");
        out.put("plan_fingerprint", saved.planFingerprint());
        out.put("catalog", fingerprint(saved.catalog()));
        out.put("schema", fingerprint(saved.schema()));
        return out;
    }

    private static Map<String, Object> fingerprint(Fingerprint fingerprint) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sha256", fingerprint.sha256());
        out.put("objects", new LinkedHashMap<String, Object>(fingerprint.objects()));
        return out;
    }

    private static Map<String, Object> change(Step step) {
        Map<String, Object> change = object(step.change().target());
        change.put("action", Notes.action(step));
        change.put("summary", step.summary());
        change.put("phase", lower(step.phase().name()));
        change.put("refused", step.refused());
        change.put("destructive", step.destructive());
        change.put("recreates", step.recreates());
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
     * {@code not_checked} says why when it was deliberately skipped. A check of kind {@code rows} counts what a
     * drop deletes (up to one more than a million) and never refuses the step; one of kind {@code warning} counts the
     * rows a constraint added NOT VALID lets stay, told and never refused.
     */
    private static Map<String, Object> preflight(Preflight preflight) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", switch (preflight.kind()) {
            case ROWS -> "rows";
            case WARNING, WHEN_VOLATILE -> "warning";
            case CHECK, CAST -> "check";
        });
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
