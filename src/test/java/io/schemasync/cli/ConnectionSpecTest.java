package io.schemasync.cli;

import io.schemasync.cli.ConnectionSpec.HostPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionSpecTest {
    @ParameterizedTest
    @ValueSource(strings = {"postgres://app:secret@db.internal:5432/app", "postgresql://app:secret@db.internal:5432/app",
            "jdbc:postgresql://db.internal:5432/app?user=app&password=secret", "POSTGRES://app:secret@db.internal/app"})
    void acceptsTheThreeUrlForms(String url) {
        ConnectionSpec spec = ConnectionSpec.parse(url);
        assertEquals(List.of(new HostPort("db.internal", 5432)), spec.hosts());
        assertEquals("app", spec.database());
        assertEquals("app", spec.user());
        assertEquals("secret", spec.password());
        assertEquals("jdbc:postgresql://db.internal:5432/app", spec.jdbcUrl());
        assertEquals("postgres://app:*****@db.internal:5432/app", spec.redacted());
    }

    @Test
    void decodesPercentEncodedCredentialsWithoutTurningPlusIntoSpace() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://us%40er:p%40ss%3Aw%2Frd%25+x@db:6543/my%20db");
        assertEquals("us@er", spec.user());
        assertEquals("p@ss:w/rd%+x", spec.password());
        assertEquals("my db", spec.database());
        assertEquals(6543, spec.hosts().getFirst().port());
        assertEquals("jdbc:postgresql://db:6543/my%20db", spec.jdbcUrl());
    }

    @Test
    void nonAsciiCredentialsSurviveBothWays() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://j%C3%BCrgen:%F0%9F%94%91k%C3%A9y@db/caf%C3%A9");
        assertEquals("jürgen", spec.user());
        assertEquals("\uD83D\uDD11kéy", spec.password());
        assertEquals("café", spec.database());
        assertEquals("\uD83D\uDD11kéy", ConnectionSpec.parse("postgres://u:\uD83D\uDD11kéy@db/x").password());
        assertEquals("postgres://j%C3%BCrgen:*****@db:5432/caf%C3%A9", spec.redacted());
    }

    @Test
    void unencodedAtAndColonInThePasswordStillParse() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://app:p@ss:word@db/app");
        assertEquals("p@ss:word", spec.password());
        assertEquals("db", spec.hosts().getFirst().host());
    }

    @Test
    void ipv6HostsKeepTheirBrackets() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://app:pw@[2001:db8::1]:5433/app");
        assertEquals(new HostPort("2001:db8::1", 5433), spec.hosts().getFirst());
        assertEquals("jdbc:postgresql://[2001:db8::1]:5433/app", spec.jdbcUrl());
        assertEquals(new HostPort("::1", 5432), ConnectionSpec.parse("postgres://[::1]/app").hosts().getFirst());
    }

    @Test
    void missingPortMeans5432AndMissingDatabaseMeansTheUser() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://app@db");
        assertEquals(new HostPort("db", 5432), spec.hosts().getFirst());
        assertEquals("app", spec.database());
        assertNull(spec.password());
        assertEquals("postgres://app@db:5432/app", spec.redacted());
    }

    @Test
    void severalHostsAreTriedInOrder() {
        ConnectionSpec spec = ConnectionSpec.parse("postgresql://app@a:5432,b:5433/app");
        assertEquals(List.of(new HostPort("a", 5432), new HostPort("b", 5433)), spec.hosts());
        assertEquals("jdbc:postgresql://a:5432,b:5433/app", spec.jdbcUrl());
    }

    @Test
    void queryParametersBecomePgjdbcProperties() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://app:pw@db/app?sslmode=require&sslrootcert=%2Fetc%2Fca.pem"
                + "&application_name=release&connect_timeout=3&options=-c%20search_path%3Dapp");
        Map<String, String> expected = Map.of("sslmode", "require", "sslrootcert", "/etc/ca.pem",
                "ApplicationName", "release", "connectTimeout", "3", "loginTimeout", "3",
                "options", "-c search_path=app");
        assertEquals(expected, spec.parameters());
        assertEquals("pw", spec.properties().getProperty("password"));
        assertEquals("app", spec.properties().getProperty("user"));
    }

    @Test
    void defaultsNameTheApplicationAndBoundTheConnectTime() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://db/app");
        assertEquals("schemasync", spec.parameters().get("ApplicationName"));
        assertEquals("10", spec.parameters().get("connectTimeout"));
    }

    @Test
    void thePasswordIsInNoStringFormOfTheSpec() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://app:hunter2@db:5432/app?sslmode=require");
        for (String shown : List.of(spec.redacted(), spec.toString(), spec.jdbcUrl(), spec.parameters().toString())) {
            assertFalse(shown.contains("hunter2"), shown);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://app@db/app", "db.internal:5432/app", "postgres://app@db:99999/app",
            "postgres://app@db:port/app", "postgres://app:100%@db/app", "postgres://app@[::1/app"})
    void rejectsWhatItCannotUseAsAUsageError(String url) {
        UsageException e = assertThrows(UsageException.class, () -> ConnectionSpec.parse(url));
        assertFalse(e.getMessage().contains("100%@"), "the message must not echo credentials");
    }

    /**
     * A password's unencoded '?' ends the host part early; whatever part of the URL then fails to parse, the
     * message quotes none of it (it used to say "invalid port in the database URL: " and the password's start).
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgres://app:Kx7?Tp2@db/app", "postgres://app:Wu6@Bz1?Ca4@db/app",
            "postgres://app:Nx5Pb3", "postgres://app:Nx5Pb3/app", "Nx5Pb3@db/app", "Nx5Pb3:Tp2@db",
            "postgres://app:Kx7@db host/app", "postgres://app:Kx7@[::1]Nx5/app", "postgres://app@db/app?password=a&Nx5Pb3"})
    void aMalformedUrlIsRefusedWithoutQuotingIt(String url) {
        UsageException e = assertThrows(UsageException.class, () -> ConnectionSpec.parse(url));
        for (String piece : List.of("Kx7", "Tp2", "Bz1", "Ca4", "Nx5", "Pb3")) {
            assertFalse(e.getMessage().contains(piece), e.getMessage());
        }
    }

    @Test
    void anAtSignInAQueryValueNeedsEncodingOnlyWhenTheUrlHasNoUserinfo() {
        assertEquals("a@b", ConnectionSpec.parse("postgres://app@db/app?application_name=a@b").parameters()
                .get("ApplicationName"));
        assertEquals("a@b", ConnectionSpec.parse("jdbc:postgresql://db/app?user=app&password=a@b").password());
        assertThrows(UsageException.class, () -> ConnectionSpec.parse("postgres://db/app?application_name=a@b"));
        assertEquals("a@b", ConnectionSpec.parse("postgres://db/app?application_name=a%40b").parameters()
                .get("ApplicationName"));
    }

    @Test
    void sslmodeAndConnectTimeoutAreCheckedBeforeConnecting() {
        assertThrows(UsageException.class, () -> ConnectionSpec.parse("postgres://db/app?sslmode=bogus"));
        assertThrows(UsageException.class, () -> ConnectionSpec.parse("postgres://db/app?connect_timeout=soon"));
        assertEquals("verify-full", ConnectionSpec.parse("postgres://db/app?sslmode=verify-full").parameters()
                .get("sslmode"));
    }

    @Test
    void aBadPercentEscapeInThePasswordIsNotEchoed() {
        UsageException e = assertThrows(UsageException.class,
                () -> ConnectionSpec.parse("postgres://app:s3cr%zzt@db/app"));
        assertFalse(e.getMessage().contains("s3cr"), e.getMessage());
    }

    @Test
    void redactorScrubsPlainAndEncodedForms() {
        Redactor redactor = new Redactor();
        redactor.add("p@ss word");
        assertEquals("x ***** y ***** z *****",
                redactor.scrub("x p@ss word y p%40ss%20word z p%40ss+word"));
    }
}
