-- create table public.reservation: create (6 columns)
CREATE TABLE "public"."reservation" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "room" integer NOT NULL,
    "during" tstzrange NOT NULL,
    "location" point,
    "token" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "reservation_pkey" PRIMARY KEY ("id")
);
-- create index public.reservation.reservation_created_brin: create (using brin)
CREATE INDEX "reservation_created_brin" ON "public"."reservation" USING "brin" ("created_at");
-- create index public.reservation.reservation_during_idx: create (using gist)
CREATE INDEX "reservation_during_idx" ON "public"."reservation" USING "gist" ("during");
-- create index public.reservation.reservation_location_idx: create (using gist)
CREATE INDEX "reservation_location_idx" ON "public"."reservation" USING "gist" ("location");
-- create index public.reservation.reservation_token_hash: create (using hash)
CREATE INDEX "reservation_token_hash" ON "public"."reservation" USING "hash" ("token");
