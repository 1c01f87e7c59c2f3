package io.schemasync;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lays out the install bundle as src/assembly/bundle.xml tells the assembly plugin to, from what exists before the
 * package phase: the project jar is made from target/classes, and lib/ is filled from the runtime class path that
 * the pom's dependency plugin wrote. It reads only the descriptor elements the bundle uses and rejects every
 * other, so that a change to the descriptor cannot silently make the tested bundle differ from the shipped one.
 * Files that only the package phase generates (completion, man pages) are missing here, as the assembly plugin
 * skips a fileSet whose directory does not exist.
 */
final class BundleLayout {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final Set<String> ASSEMBLY = Set.of("id", "formats", "includeBaseDirectory", "fileSets", "files",
            "dependencySets");
    private static final Set<String> FILE_SET = Set.of("directory", "outputDirectory", "fileMode");
    private static final Set<String> FILE = Set.of("source", "outputDirectory", "fileMode");
    private static final Set<String> DEPENDENCY_SET = Set.of("outputDirectory", "useProjectArtifact", "scope");

    /** What Maven knows and the descriptor refers to. */
    record Project(Path baseDir, Path buildDir, String finalName, String version, List<Path> runtimeClasspath) {
        Path classes() {
            return buildDir.resolve("classes");
        }

        Path jar() {
            return buildDir.resolve(finalName + ".jar");
        }

        Map<String, String> properties() {
            return Map.of("project.basedir", baseDir.toString(), "project.build.directory", buildDir.toString(),
                    "project.build.finalName", finalName, "project.version", version);
        }
    }

    private final Project project;
    private final Path home;

    private BundleLayout(Project project, Path home) {
        this.project = project;
        this.home = home;
    }

    /** Lays the bundle out under {@code into} and returns its home, the directory that holds bin/ and lib/. */
    static Path assemble(Project project, Path descriptor, Path into) throws Exception {
        Element assembly = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(descriptor.toFile()).getDocumentElement();
        check(assembly, ASSEMBLY);
        boolean base = !"false".equals(text(assembly, "includeBaseDirectory"));
        Path home = base ? into.resolve("schemasync-" + project.version()) : into;
        BundleLayout layout = new BundleLayout(project, home);
        for (Element set : children(assembly, "fileSets")) layout.fileSet(set);
        for (Element file : children(assembly, "files")) layout.file(file);
        for (Element set : children(assembly, "dependencySets")) layout.dependencySet(set);
        return home;
    }

    private void fileSet(Element set) throws IOException {
        check(set, FILE_SET);
        Path from = source(text(set, "directory"));
        if (!Files.isDirectory(from)) return;
        Path to = output(set);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                copy(file, to.resolve(from.relativize(file).toString()), text(set, "fileMode"));
            }
        }
    }

    private void file(Element file) throws IOException {
        check(file, FILE);
        Path source = source(text(file, "source"));
        Path target = output(file).resolve(source.getFileName().toString());
        if (source.equals(project.jar())) {
            jarOfClasses(target);
        } else {
            copy(source, target, text(file, "fileMode"));
        }
    }

    private void dependencySet(Element set) throws IOException {
        check(set, DEPENDENCY_SET);
        if (!"false".equals(text(set, "useProjectArtifact")) || !"runtime".equals(text(set, "scope"))) {
            throw new IllegalStateException("BundleLayout knows dependencySets of scope runtime without the project"
                    + " artifact only; teach it the new form");
        }
        Path to = output(set);
        for (Path jar : project.runtimeClasspath()) copy(jar, to.resolve(jar.getFileName().toString()), null);
    }

    /** The project jar as maven-jar-plugin would make it (without Maven's own metadata, which nothing reads). */
    private void jarOfClasses(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        Path classes = project.classes();
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }

    private static void copy(Path from, Path to, String mode) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(to, permissions(mode == null ? "0644" : mode));
    }

    private static Set<PosixFilePermission> permissions(String octal) {
        int bits = Integer.parseInt(octal, 8);
        StringBuilder text = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int part = bits >> shift;
            text.append((part & 4) != 0 ? 'r' : '-').append((part & 2) != 0 ? 'w' : '-').append((part & 1) != 0 ? 'x' : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }

    private Path source(String path) {
        return project.baseDir().resolve(interpolate(path)).normalize();
    }

    private Path output(Element element) {
        String dir = text(element, "outputDirectory");
        return dir == null || dir.isEmpty() ? home : home.resolve(interpolate(dir));
    }

    private String interpolate(String text) {
        Matcher m = PROPERTY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = project.properties().get(m.group(1));
            if (value == null) throw new IllegalStateException("BundleLayout does not know ${" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static void check(Element element, Set<String> known) {
        for (Element child : elements(element)) {
            if (!known.contains(child.getTagName())) {
                throw new IllegalStateException("BundleLayout does not know <" + child.getTagName() + "> in <"
                        + element.getTagName() + ">: teach it, or the bundle test checks another bundle");
            }
        }
    }

    private static String text(Element element, String name) {
        for (Element child : elements(element)) {
            if (child.getTagName().equals(name)) return child.getTextContent().strip();
        }
        return null;
    }

    /** The elements inside the list element {@code name} (fileSets → each fileSet). */
    private static List<Element> children(Element element, String name) {
        List<Element> found = new ArrayList<>();
        for (Element list : elements(element)) {
            if (list.getTagName().equals(name)) found.addAll(elements(list));
        }
        return found;
    }

    private static List<Element> elements(Element element) {
        List<Element> found = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) found.add(e);
        }
        return found;
    }
}
