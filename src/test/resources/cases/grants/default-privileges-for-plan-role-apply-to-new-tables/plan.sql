-- create schema app: create
CREATE SCHEMA "app";
-- alter schema app: default privileges for postgres on tables: grant select to app_reader
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "app" GRANT SELECT ON TABLES TO "app_reader";
-- create table app.things: create (1 column)
CREATE TABLE "app"."things" (
    "id" integer
);
