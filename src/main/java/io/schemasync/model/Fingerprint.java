package io.schemasync.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a plan was computed from, in a form that can be saved and compared later: a hash of every object of a
 * model (a column, an index, a table's own attributes, an unmanaged view, ...), keyed by how people name it, and
 * one hash of them all. Two fingerprints say not only whether but what changed in between.
 * <p>
 * An object's hash is taken over its record's text, which is deterministic (records with sorted lists, no hash
 * order) and holds every attribute that a diff compares.
 *
 * @param sha256  the hash of every object's key and hash, in key order
 * @param objects object ("column public.users.email") to its hash (16 hex digits are plenty to see a change)
 */
public record Fingerprint(String sha256, Map<String, String> objects) {
    private static final int SHORT = 16;
    private static final int SHOWN = 10;
    /** One digest per thread, reset by every use: getInstance looks the provider up each time. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });
    /** The last model fingerprinted without unmanaged objects: an apply's record and history take its YAML's. */
    private static volatile Last last;

    private record Last(Database db, Fingerprint fingerprint) {}

    public Fingerprint {
        Objects.requireNonNull(sha256, "sha256");
        objects = java.util.Collections.unmodifiableMap(new TreeMap<>(objects));
    }

    /** The fingerprint of a model and of the objects it holds but does not model (views, other schemas, ...). */
    public static Fingerprint of(Database db, List<ObjectRef> unmanaged) {
        Last seen = last;
        // Models are immutable records: an equal one has the same fingerprint (compared without hashing).
        if (unmanaged.isEmpty() && seen != null && (seen.db() == db || seen.db().equals(db))) {
            return seen.fingerprint();
        }
        Map<String, String> objects = new TreeMap<>();
        for (Schema s : db.schemas()) schema(s, objects);
        for (ObjectRef ref : db.drops()) objects.put("drop " + ref, hash(ref.toString()));
        for (ObjectRef ref : unmanaged) objects.put(ref.toString(), hash("unmanaged"));
        Fingerprint fingerprint = of(objects);
        if (unmanaged.isEmpty()) last = new Last(db, fingerprint);
        return fingerprint;
    }

    public static Fingerprint of(Map<String, String> objects) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(objects).forEach((k, v) -> all.append(k).append('\0').append(v).append('\n'));
        return new Fingerprint(sha256(all.toString()), objects);
    }

    private static void schema(Schema s, Map<String, String> out) {
        out.put(ObjectRef.schema(s.name()).toString(), hash(s.comment() + "\0" + s.extensions()));
        s.enums().forEach(e -> out.put(ObjectRef.of(ObjectRef.Kind.TYPE, s.name(), e.name()).toString(),
                hash(e.toString())));
        s.sequences().forEach(q -> out.put(ObjectRef.of(ObjectRef.Kind.SEQUENCE, s.name(), q.name()).toString(),
                hash(q.toString())));
        s.objects().forEach(o -> out.put(o.ref(s.name()).toString(), hash(o.toString())));
        s.tables().forEach(t -> table(s.name(), t, out));
    }

    /** The table's own attributes (comment, column order, previous name), then each column, constraint, index. */
    private static void table(String schema, Table t, Map<String, String> out) {
        out.put(ObjectRef.of(ObjectRef.Kind.TABLE, schema, t.name()).toString(), hash(t.comment() + "\0"
                + t.columns().stream().map(Column::name).toList() + "\0" + t.renamedFrom()
                + (t.partitioning().equals(Partitioning.NONE) ? "" : "\0" + t.partitioning())));
        t.columns().forEach(c -> out.put(ref(ObjectRef.Kind.COLUMN, schema, t, c.name()), hash(c.toString())));
        t.constraints().forEach(c -> out.put(ref(ObjectRef.Kind.CONSTRAINT, schema, t, c.name()), hash(c.toString())));
        t.indexes().forEach(i -> out.put(ref(ObjectRef.Kind.INDEX, schema, t, i.name()), hash(i.toString())));
    }

    private static String ref(ObjectRef.Kind kind, String schema, Table t, String name) {
        return ObjectRef.inTable(kind, schema, t.name(), name).toString();
    }

    /** A short hash of one object's text. */
    public static String hash(String text) {
        return HexFormat.of().formatHex(digest(text), 0, SHORT / 2);
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    private static byte[] digest(String text) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean sameAs(Fingerprint other) {
        return sha256.equals(other.sha256);
    }

    /**
     * What changed from {@code before} to this, for people, at most ten items:
     * {@code column public.users.nickname added; index public.users.users_email_idx changed; and 3 more}.
     */
    public String changesSince(Fingerprint before) {
        List<String> changes = new ArrayList<>();
        objects.forEach((key, hash) -> {
            String old = before.objects.get(key);
            if (old == null) changes.add(key + " added");
            else if (!old.equals(hash)) changes.add(key + " changed");
        });
        before.objects.keySet().stream().filter(k -> !objects.containsKey(k)).forEach(k -> changes.add(k + " removed"));
        changes.sort(null);
        if (changes.isEmpty()) return "no object differs, but the fingerprints do (another version of schemasync?)";
        String shown = String.join("; ", changes.subList(0, Math.min(SHOWN, changes.size())));
        return changes.size() > SHOWN ? shown + "; and " + (changes.size() - SHOWN) + " more" : shown;
    }
}
