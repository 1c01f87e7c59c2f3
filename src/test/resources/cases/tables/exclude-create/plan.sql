-- create extension public.btree_gist: create
CREATE EXTENSION IF NOT EXISTS "btree_gist" WITH SCHEMA "public";
-- create table public.reservation: create (4 columns)
CREATE TABLE "public"."reservation" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "room_id" integer NOT NULL,
    "during" tstzrange NOT NULL,
    "status" text DEFAULT ('held') NOT NULL,
    CONSTRAINT "reservation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reservation_no_overlap" EXCLUDE USING "gist" ("room_id" WITH =, "during" WITH &&) WHERE ((status <> 'cancelled'::text))
);
