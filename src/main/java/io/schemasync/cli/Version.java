package io.schemasync.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar; "development" when running from classes. */
final class Version implements IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/io.schemasync/schemasync/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
        try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) return new String[] {"schemasync (development build)"};
            Properties props = new Properties();
            props.load(in);
            return new String[] {"schemasync " + props.getProperty("version"), "Java " + Runtime.version()};
        }
    }
}
