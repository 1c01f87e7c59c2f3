package io.schemasync.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SQL kept in a file beside the YAML ({@code file: views/report.sql}). The path is relative to the YAML file and
 * must stay inside its directory, also after following links: whoever edits the YAML must not be able to have
 * the tool read, and show in a plan posted on a pull request, any other file of the machine it runs on
 * ({@code ../../.env}, {@code /proc/self/environ}).
 */
final class SqlFiles {
    private SqlFiles() {}

    static Optional<String> read(Reader r, Node.Loc loc, String written, String what) {
        Path yaml = loc.file().toAbsolutePath().normalize();
        Path dir = yaml.getParent();
        Path file;
        try {
            Path given = Path.of(written);
            if (given.isAbsolute()) {
                r.error(loc, what + " must be a path relative to " + yaml.getFileName() + ", not " + Reader.quoted(written));
                return Optional.empty();
            }
            file = dir.resolve(given).normalize();
        } catch (InvalidPathException e) {
            r.error(loc, what + " is not a file name: " + e.getReason());
            return Optional.empty();
        }
        if (!file.startsWith(dir)) {
            r.error(loc, what + " must stay inside the directory of " + yaml.getFileName() + ": "
                    + Reader.quoted(written) + " leaves it");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            r.error(loc, what + ": no such file " + Reader.quoted(written) + " (relative to " + yaml.getFileName() + ")");
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(dir.toRealPath())) {
                r.error(loc, what + " must stay inside the directory of " + yaml.getFileName() + ": "
                        + Reader.quoted(written) + " is a link that leaves it");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.indexOf('\0') >= 0) {
                r.error(loc, what + ": " + Reader.quoted(written) + " contains a NUL byte; PostgreSQL cannot take it");
                return Optional.empty();
            }
            r.sqlFiles.add(file);
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            r.error(loc, what + ": " + Reader.quoted(written) + " is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            r.error(loc, what + ": cannot read " + Reader.quoted(written) + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
