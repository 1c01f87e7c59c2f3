package io.schemasync.test;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that needs a PostgreSQL server (a {@link TestDatabase} parameter, or the embedded development
 * database started through the CLI). The tag keeps it out of the fast lane, {@code scripts/test -Pfast}, whose
 * surefire configuration excludes the group {@value #TAG}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(PostgresTest.TAG)
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {
    String TAG = "postgres";
}
