-- create schema app: create
CREATE SCHEMA "app";
-- create type app.status: create enum (on, off)
CREATE TYPE "app"."status" AS ENUM ('on', 'off');
-- create sequence app.counter: create (start 1)
CREATE SEQUENCE "app"."counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
-- create table app.things: create (1 column)
CREATE TABLE "app"."things" (
    "id" integer
);
-- create view app.thing_ids: create (1 column)
CREATE VIEW "app"."thing_ids" ("id") AS (
SELECT things.id
   FROM app.things
);
-- create materialized view app.thing_count: create
CREATE MATERIALIZED VIEW "app"."thing_count" AS (
SELECT count(*) AS n
   FROM app.things
) WITH DATA;
-- create function app.thing_total(): create (sql, returns bigint)
CREATE FUNCTION "app"."thing_total"()
 RETURNS bigint
 LANGUAGE sql
 AS $fn$
select count(*) from app.things
$fn$;
-- alter function app.thing_total(): owner app_owner
ALTER FUNCTION "app"."thing_total"() OWNER TO "app_owner";
-- alter materialized view app.thing_count: owner app_owner
ALTER MATERIALIZED VIEW "app"."thing_count" OWNER TO "app_owner";
-- alter schema app: owner app_owner
ALTER SCHEMA "app" OWNER TO "app_owner";
-- alter sequence app.counter: owner app_owner
ALTER SEQUENCE "app"."counter" OWNER TO "app_owner";
-- alter table app.things: owner app_owner
ALTER TABLE "app"."things" OWNER TO "app_owner";
-- alter type app.status: owner app_owner
ALTER TYPE "app"."status" OWNER TO "app_owner";
-- alter view app.thing_ids: owner app_owner
ALTER VIEW "app"."thing_ids" OWNER TO "app_owner";
