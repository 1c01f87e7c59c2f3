package io.schemasync.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemasync.model.Fingerprint;
import io.schemasync.model.SavedPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a plan file written by {@code plan --out}: the JSON plan with its {@code saved} section. Anything missing
 * or of another format version is an error: a plan that cannot be read exactly is not applied.
 */
public final class SavedPlanReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedPlanReader() {}

    /** The file cannot be used as a saved plan; the message says why, naming the file. */
    public static final class InvalidPlanFileException extends Exception {
        InvalidPlanFileException(String message) {
            super(message);
        }
    }

    public static SavedPlan read(Path file) throws InvalidPlanFileException {
        // A device or a pipe would be read to no end (apply --plan /dev/zero ran out of memory).
        if (!Files.isRegularFile(file)) {
            throw new InvalidPlanFileException(file + (Files.exists(file) ? " is not a file (a device or a pipe?)"
                    : " does not exist") + ": give the file 'schemasync plan --out' wrote");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidPlanFileException(file + " is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidPlanFileException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidPlanFileException(file + " is not a plan saved by 'schemasync plan --out': "
                    + e.getMessage());
        }
    }

    private static SavedPlan parse(JsonNode root) {
        int version = require(root, "format_version").asInt(-1);
        if (version != SavedPlan.FORMAT_VERSION) {
            throw new IllegalArgumentException("its format_version is " + root.get("format_version")
                    + "; this schemasync reads version " + SavedPlan.FORMAT_VERSION + " (make the plan again)");
        }
        JsonNode saved = require(root, "saved");
        List<SavedPlan.Step> steps = new ArrayList<>();
        for (JsonNode change : require(root, "changes")) {
            List<String> sql = new ArrayList<>();
            require(change, "sql").forEach(s -> sql.add(s.asText()));
            steps.add(new SavedPlan.Step(text(change, "object"), text(change, "phase"), sql));
        }
        SavedPlan plan = new SavedPlan(text(saved, "tool_version"), text(saved, "created_at"), text(root, "target"),
                require(saved, "allow_destructive").asBoolean(), "drop".equals(text(saved, "unmanaged")),
                fingerprint(require(saved, "catalog")), fingerprint(require(saved, "schema")),
                text(saved, "plan_fingerprint"), steps);
        if (!SavedPlan.fingerprintOf(steps).equals(plan.planFingerprint())) {
            throw new IllegalArgumentException("its changes do not match its plan_fingerprint (was it edited?)");
        }
        return plan;
    }

    private static Fingerprint fingerprint(JsonNode node) {
        Map<String, String> objects = new TreeMap<>();
        require(node, "objects").properties().forEach(e -> objects.put(e.getKey(), e.getValue().asText()));
        Fingerprint fingerprint = Fingerprint.of(objects);
        if (!fingerprint.sha256().equals(text(node, "sha256"))) {
            throw new IllegalArgumentException("a fingerprint does not match its objects (was it edited?)");
        }
        return fingerprint;
    }

    private static JsonNode require(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new IllegalArgumentException("it has no \"" + field + "\"");
        return value;
    }

    private static String text(JsonNode node, String field) {
        return require(node, field).asText();
    }
}
