package io.schemasync.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What {@code --version} prints: the version, commit and build date that the build wrote into build.properties
 * (the pom's antrun step, in prepare-package), and the Java runtime. Running from classes that were never
 * packaged, there is no such file: "development build".
 */
final class Version implements IVersionProvider {
    static final String RESOURCE = "build.properties";

    @Override
    public String[] getVersion() {
        return lines(load(), Runtime.version().toString(), System.getProperty("java.vendor", "")).toArray(String[]::new);
    }

    /** The version alone, as the history and saved plans record it: "0.1.0", or "development build". */
    static String number() {
        String version = load().getProperty("version");
        return version == null ? "development build" : version;
    }

    static List<String> lines(Properties build, String javaVersion, String javaVendor) {
        List<String> lines = new ArrayList<>();
        String version = build.getProperty("version");
        if (version == null) {
            lines.add("schemasync (development build)");
        } else {
            lines.add("schemasync " + version);
            lines.add("commit:  " + commit(build));
            lines.add("built:   " + build.getProperty("date", "unknown"));
        }
        lines.add("java:    " + javaVersion + (javaVendor.isBlank() ? "" : " (" + javaVendor + ")"));
        return lines;
    }

    /** "unknown" when the build had no git; "(modified)" when it built uncommitted changes. */
    private static String commit(Properties build) {
        String commit = build.getProperty("commit", "unknown");
        if (commit.isBlank()) return "unknown";
        return "true".equals(build.getProperty("dirty")) ? commit + " (modified)" : commit;
    }

    private static Properties load() {
        Properties props = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return props;
    }
}
