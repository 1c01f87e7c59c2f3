package io.schemasync.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int|integer", "int4|integer", "integer|integer", "INTEGER|integer", " Int |integer",
            "int8|bigint", "bigint|bigint", "int2|smallint", "smallint|smallint",
            "serial|serial", "serial4|serial", "serial8|bigserial", "bigserial|bigserial", "serial2|smallserial",
            "smallserial|smallserial",
            "bool|boolean", "boolean|boolean",
            "float8|double precision", "double precision|double precision", "DOUBLE   PRECISION|double precision",
            "float|double precision", "float(24)|real", "float(25)|double precision",
            "float4|real", "real|real",
            "numeric|numeric", "decimal|numeric", "numeric(12,2)|numeric(12,2)", "numeric(12, 2)|numeric(12,2)",
            "decimal(10,2)|numeric(10,2)", "NUMERIC ( 5 )|numeric(5,0)",
            "varchar|character varying", "varchar(20)|character varying(20)",
            "character varying(20)|character varying(20)", "character varying (20)|character varying(20)",
            "CHARACTER VARYING(20)|character varying(20)",
            "char|character(1)", "character|character(1)", "char(3)|character(3)", "character(3)|character(3)",
            "bpchar|bpchar", "bpchar(4)|character(4)", "\"char\"|\"char\"",
            "bit|bit(1)", "bit(8)|bit(8)", "varbit|bit varying", "bit varying|bit varying",
            "varbit(8)|bit varying(8)", "bit varying(8)|bit varying(8)",
            "timestamptz|timestamp with time zone", "timestamp with time zone|timestamp with time zone",
            "timestamp|timestamp without time zone", "timestamp without time zone|timestamp without time zone",
            "timestamp(3)|timestamp(3) without time zone", "timestamptz(3)|timestamp(3) with time zone",
            "timestamp(6) with time zone|timestamp(6) with time zone",
            "TIMESTAMP (6) WITH TIME ZONE|timestamp(6) with time zone",
            "time|time without time zone", "timetz|time with time zone", "time(2)|time(2) without time zone",
            "time with time zone|time with time zone", "timetz(2)|time(2) with time zone",
            "text|text", "TEXT|text", "uuid|uuid", "jsonb|jsonb", "bytea|bytea", "date|date", "inet|inet",
            "interval|interval", "interval(3)|interval(3)", "interval year to month|interval year to month",
            "tstzrange|tstzrange", "money|money",
            "int[]|integer[]", "integer array|integer[]", "int4[][]|integer[]", "int[3]|integer[]",
            "text []|text[]", "varchar(10)[]|character varying(10)[]", "timestamptz[]|timestamp with time zone[]",
            "integer ARRAY[4]|integer[]", "pg_catalog.int4|integer",
            "citext|citext", "app.money_t|app.money_t", " MyType |MyType", "order_status|order_status",
            "\"Mixed\"|\"Mixed\"", "vector(3)|vector(3)", "geometry(Point,4326)|geometry(Point,4326)",
            "mood[]|mood[]", "numeric(abc)|numeric(abc)", "varchar(1,2)|varchar(1,2)"
    })
    void canonical(String written, String expected) {
        assertEquals(expected, TypeNames.canonical(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer", "bigint", "serial", "boolean", "numeric(12,2)", "character varying(20)",
            "character(1)", "bpchar", "timestamp(3) with time zone", "time without time zone", "text[]",
            "integer[]", "double precision", "interval", "interval year to month", "jsonb", "uuid", "bit varying(3)",
            "\"char\"", "tstzrange", "pg_catalog.integer"})
    void builtin(String canonical) {
        assertTrue(TypeNames.isBuiltin(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"citext", "app.money_t", "order_status", "vector(3)", "int", "varchar", "MyType",
            "hstore[]", "geometry(Point,4326)"})
    void notBuiltin(String canonical) {
        assertFalse(TypeNames.isBuiltin(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"int", "int8", "varchar(20)", "timestamptz", "decimal(10,2)", "char", "float4", "bool",
            "timetz(3)", "int[]", "bit varying(4)"})
    void canonicalIsStableAndBuiltin(String written) {
        String c = TypeNames.canonical(written);
        assertEquals(c, TypeNames.canonical(c));
        assertTrue(TypeNames.isBuiltin(c));
    }
}
