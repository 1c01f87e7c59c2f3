package io.schemasync.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactorTest {
    private static Redactor with(String secret) {
        Redactor redactor = new Redactor();
        redactor.add(secret);
        return redactor;
    }

    @Test
    void aShortPasswordLeavesWordsThatContainItAlone() {
        Redactor redactor = with("ro");
        String message = "error: cannot canonicalize the check of table \"public.rooms\": role \"ro\" lacks CREATE";
        assertEquals(message, redactor.scrub(message));
    }

    @Test
    void aShortPasswordIsMaskedInUserinfoAndAfterPasswordEquals() {
        Redactor redactor = with("ro");
        assertEquals("postgres://app:*****@db/app and jdbc:postgresql://db/app?user=app&password=*****&ssl=true",
                redactor.scrub("postgres://app:ro@db/app and jdbc:postgresql://db/app?user=app&password=ro&ssl=true"));
        assertEquals("host=db PASSWORD='*****' password: *****",
                redactor.scrub("host=db PASSWORD='ro' password: ro"));
        assertEquals("password=root", redactor.scrub("password=root"));
    }

    @Test
    void aOneCharacterPasswordIsOnlyMaskedWhereAPasswordIsExpected() {
        Redactor redactor = with("a");
        assertEquals("a database named app: postgres://app:*****@db/app, password=*****",
                redactor.scrub("a database named app: postgres://app:a@db/app, password=a"));
    }

    @Test
    void aLongerPasswordIsMaskedWhereverItStandsAlone() {
        Redactor redactor = with("secret");
        assertEquals("the ***** is *****; (*****) *****!",
                redactor.scrub("the secret is secret; (secret) secret!"));
        assertEquals("secrets, topsecret, secret_key, secret2",
                redactor.scrub("secrets, topsecret, secret_key, secret2"));
        assertEquals("postgres://app:*****@db/app", redactor.scrub("postgres://app:secret@db/app"));
    }

    @Test
    void regexMetacharactersInThePasswordAreTakenLiterally() {
        Redactor redactor = with("a.b*c(d)$1\\");
        assertEquals("pw ***** and axb*c(d)$1\\ and postgres://u:*****@h/db",
                redactor.scrub("pw a.b*c(d)$1\\ and axb*c(d)$1\\ and postgres://u:a.b%2Ac%28d%29%241%5C@h/db"));
    }

    @Test
    void aPasswordThatBeginsAndEndsWithSymbolsIsMaskedNextToLetters() {
        Redactor redactor = with("#pw1!");
        assertEquals("x*****y", redactor.scrub("x#pw1!y"));
    }

    @Test
    void theLongestSecretIsMaskedWhole() {
        Redactor redactor = new Redactor();
        redactor.add("pass");
        redactor.add("pass!word");
        assertEquals("*****", redactor.scrub("pass!word"));
    }
}
