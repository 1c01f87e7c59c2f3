package io.schemasync.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.Kind;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.Loc;
import io.schemasync.load.Node.MapNode;
import io.schemasync.load.Node.Scalar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Parses one YAML file into a {@link Node} tree, reporting syntax errors and duplicate keys. */
final class YamlTree {
    private static final YAMLFactory FACTORY = factory();

    private final Path file;
    private final List<Diagnostic> diagnostics;
    private YAMLParser parser;
    /** The first alias and the first tag of the file, and how many there are: reported once each. */
    private Unsupported aliases;
    private Unsupported tags;

    /** A YAML feature the schema files do not use, where it first occurs and how often. */
    private record Unsupported(Loc first, String text, int count) {
        Unsupported plusOne() {
            return new Unsupported(first, text, count + 1);
        }
    }

    private YamlTree(Path file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * SnakeYAML refuses documents over 3 MB by default; a schema of 5,000 tables introspected into one file is
     * larger, and a schema file has no reason to be limited.
     */
    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    }

    /** The root node of the file; empty when the file is empty or has a syntax error (reported). */
    static Optional<Node> parse(Path file, String text, List<Diagnostic> diagnostics) {
        return new YamlTree(file, diagnostics).parse(text);
    }

    private Optional<Node> parse(String text) {
        Optional<Diagnostic> unprintable = unprintable(text);
        if (unprintable.isPresent()) {
            diagnostics.add(unprintable.get());
            return Optional.empty();
        }
        try (YAMLParser p = FACTORY.createParser(text)) {
            parser = p;
            if (p.nextToken() == null) return Optional.empty();
            Node root = value();
            if (p.nextToken() != null || p.nextToken() != null) {
                diagnostics.add(loc().diagnostic("a schema file holds one YAML document; split it into files "
                        + "instead of using \"---\""));
            }
            return unsupported() ? Optional.empty() : Optional.of(root);
        } catch (StreamConstraintsException e) {
            diagnostics.add(loc().diagnostic("YAML nested deeper than "
                    + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels; a schema file needs a handful"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            diagnostics.add(syntaxError(e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(file, 0, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Aliases and tags are reported once per file, at the first one: an alias stands for a value that is not
     * written where it is used (and a file of nested aliases would stand for billions of values), a tag asks for a
     * type of its own. What the file means without them is not worth guessing at, so it is read no further.
     */
    private boolean unsupported() {
        if (aliases != null) {
            diagnostics.add(aliases.first().diagnostic("YAML aliases (*" + aliases.text() + ") are not supported;"
                    + " write the value out" + (aliases.count() > 1 ? " (" + aliases.count() + " aliases in this file)" : "")));
        }
        if (tags != null) {
            diagnostics.add(tags.first().diagnostic("YAML tags (" + Diagnostic.excerpt(tags.text()) + ") are not"
                    + " supported; remove the tag" + (tags.count() > 1 ? " (" + tags.count() + " tags in this file)" : "")));
        }
        return aliases != null || tags != null;
    }

    /**
     * YAML allows only printable characters in a file (tab, line breaks and the printable ranges of Unicode); a
     * control character or NUL means a binary file, or bytes an editor does not show. Found here, with its place,
     * because the parser reports it without one.
     */
    private Optional<Diagnostic> unprintable(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                return Optional.of(new Diagnostic(file, line, column, String.format("the file holds the control"
                        + " character U+%04X, which YAML does not allow (a binary file?)", c)));
            }
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            line = lineBreak ? line + 1 : line;
            column = lineBreak ? 1 : column + 1;
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** The parser resolves {@code !!x} to the YAML core tag URI and drops the '!' of a local tag. */
    private static String asWritten(String tag) {
        String core = "tag:yaml.org,2002:";
        return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag.startsWith("!") ? tag : "!" + tag;
    }

    private static boolean printable(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85
                || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    }

    private Node value() throws IOException {
        Loc loc = loc();
        String tag = parser.getTypeId();
        if (tag != null) tags = tags == null ? new Unsupported(loc, asWritten(tag), 1) : tags.plusOne();
        return switch (parser.currentToken()) {
            case START_OBJECT -> map(loc);
            case START_ARRAY -> list(loc);
            default -> scalar(loc);
        };
    }

    private MapNode map(Loc loc) throws IOException {
        var entries = new LinkedHashMap<String, Entry>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Loc keyLoc = loc();
            checkNul(key, keyLoc);
            parser.nextToken();
            Node value = value();
            Entry previous = entries.get(key);
            if (previous != null) {
                diagnostics.add(keyLoc.diagnostic("duplicate key \"" + key + "\" (first defined at line "
                        + previous.keyLoc().line() + "); remove one of them"));
            } else {
                entries.put(key, new Entry(key, keyLoc, value));
            }
        }
        return new MapNode(loc, entries);
    }

    private ListNode list(Loc loc) throws IOException {
        var items = new ArrayList<Node>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return new ListNode(loc, items);
    }

    private Scalar scalar(Loc loc) throws IOException {
        if (parser.isCurrentAlias()) {
            aliases = aliases == null ? new Unsupported(loc, parser.getText(), 1) : aliases.plusOne();
        }
        Kind kind = switch (parser.currentToken()) {
            case VALUE_TRUE, VALUE_FALSE -> Kind.BOOL;
            case VALUE_NUMBER_INT -> Kind.INT;
            case VALUE_NUMBER_FLOAT -> Kind.FLOAT;
            case VALUE_NULL -> Kind.NULL;
            default -> Kind.STRING;
        };
        String text = parser.getText();
        if (kind == Kind.STRING) checkNul(text, loc);
        return new Scalar(loc, text, kind);
    }

    /**
     * A YAML escape ({@code "\0"}, {@code "\x00"}) can put a NUL into a key or value, but nothing the YAML says
     * can hold one: PostgreSQL stores no NUL in a name, a string or SQL text, and the protocol cannot carry it.
     * Reported here, once, where it is written; the checks that come later skip such text.
     */
    private void checkNul(String text, Loc loc) {
        if (text != null && text.indexOf('\0') >= 0) {
            diagnostics.add(loc.diagnostic("\"" + Diagnostic.excerpt(text) + "\" contains a NUL byte (\\0), which"
                    + " PostgreSQL cannot store in a name, a string or SQL text; remove it"));
        }
    }

    private Loc loc() {
        JsonLocation l = parser.currentTokenLocation();
        return new Loc(file, l.getLineNr(), l.getColumnNr());
    }

    /** SnakeYAML's own mark points at the problem; Jackson's location sometimes points at the context. */
    private Diagnostic syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String context = m.getContext() == null ? "" : " (" + m.getContext() + contextLine(m) + ")";
            return new Diagnostic(file, mark.getLine() + 1, mark.getColumn() + 1,
                    "YAML syntax error: " + m.getProblem() + context);
        }
        JsonLocation l = e.getLocation();
        int line = l == null ? 0 : Math.max(l.getLineNr(), 0);
        return new Diagnostic(file, line, line == 0 ? 0 : l.getColumnNr(), "YAML syntax error: "
                + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    private static String contextLine(MarkedYAMLException m) {
        return m.getContextMark() == null ? "" : " at line " + (m.getContextMark().getLine() + 1);
    }
}
