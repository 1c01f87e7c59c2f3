-- create schema billing: create
CREATE SCHEMA "billing";
-- create table billing.invoices: create (1 column)
CREATE TABLE "billing"."invoices" (
    "id" bigint
);
-- alter schema billing: owner app_owner
ALTER SCHEMA "billing" OWNER TO "app_owner";
-- alter schema billing: grant usage to app_reader; usage, create to app_writer
GRANT USAGE ON SCHEMA "billing" TO "app_reader";
GRANT USAGE, CREATE ON SCHEMA "billing" TO "app_writer";
-- alter table billing.invoices: owner app_owner
ALTER TABLE "billing"."invoices" OWNER TO "app_owner";
-- alter table billing.invoices: grant select to app_reader
GRANT SELECT ON TABLE "billing"."invoices" TO "app_reader";
