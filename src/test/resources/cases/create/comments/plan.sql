-- create schema app: create
CREATE SCHEMA "app";
COMMENT ON SCHEMA "app" IS 'Application data';
-- create type app.mood: create enum (happy, sad)
CREATE TYPE "app"."mood" AS ENUM ('happy', 'sad');
COMMENT ON TYPE "app"."mood" IS 'How a user feels today';
-- create sequence app.ticket_no: create (start 100)
CREATE SEQUENCE "app"."ticket_no" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 1 NO CYCLE;
COMMENT ON SEQUENCE "app"."ticket_no" IS 'Numbers printed on support tickets';
-- create table app.profile: create (3 columns)
CREATE TABLE "app"."profile" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "name" text NOT NULL,
    "mood" app.mood,
    CONSTRAINT "profile_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "app"."profile" IS 'A user''s public profile; shown on /u/<name>';
COMMENT ON COLUMN "app"."profile"."id" IS 'Surrogate key';
COMMENT ON COLUMN "app"."profile"."name" IS 'Display name, it''s unique';
-- create index app.profile.profile_name_idx: create
CREATE INDEX "profile_name_idx" ON "app"."profile" USING "btree" ("name");
COMMENT ON INDEX "app"."profile_name_idx" IS 'For the /u/<name> lookup';
