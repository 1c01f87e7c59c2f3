-- create schema app: create
CREATE SCHEMA "app";
-- alter schema app: default privileges for app_owner on sequences: grant usage to app_writer
ALTER DEFAULT PRIVILEGES FOR ROLE "app_owner" IN SCHEMA "app" GRANT USAGE ON SEQUENCES TO "app_writer";
-- alter schema app: default privileges for app_owner on tables: grant select to app_reader; select, insert, update, delete to app_writer
ALTER DEFAULT PRIVILEGES FOR ROLE "app_owner" IN SCHEMA "app" GRANT SELECT ON TABLES TO "app_reader";
ALTER DEFAULT PRIVILEGES FOR ROLE "app_owner" IN SCHEMA "app" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "app_writer";
-- create table app.things: create (1 column)
CREATE TABLE "app"."things" (
    "id" integer
);
