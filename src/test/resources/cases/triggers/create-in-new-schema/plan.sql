-- create schema app: create
CREATE SCHEMA "app";
-- create function app.touch(): create (plpgsql, returns trigger)
CREATE FUNCTION "app"."touch"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN NEW.updated_at := now(); RETURN NEW; END
$fn$;
-- create table app.Order: create (2 columns)
CREATE TABLE "app"."Order" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "updated_at" timestamp with time zone,
    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
-- create trigger app."Order"."Order Touch": create (before insert or update, for each row)
CREATE TRIGGER "Order Touch" BEFORE INSERT OR UPDATE ON "app"."Order" FOR EACH ROW EXECUTE FUNCTION "app"."touch"();
