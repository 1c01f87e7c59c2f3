-- create schema app: create
CREATE SCHEMA "app";
-- create domain app.email: create (text, 1 check)
CREATE DOMAIN "app"."email" AS text CONSTRAINT "email_has_at" CHECK (VALUE ~~ '%@%'::text);
-- create table app.contact: create (3 columns)
CREATE TABLE "app"."contact" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "primary" app.email NOT NULL,
    "others" app.email[],
    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);
-- create table public.newsletter: create (3 columns)
CREATE TABLE "public"."newsletter" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "sender" app.email NOT NULL,
    "recipients" app.email[] DEFAULT ('{}') NOT NULL,
    CONSTRAINT "newsletter_pkey" PRIMARY KEY ("id")
);
