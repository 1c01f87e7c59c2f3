-- alter table public.events: drop and create again, partitioned by HASH (id) (was RANGE (occurred_at)) [refused]
DROP TABLE "public"."events";
-- create table public.events: create (2 columns), partitioned by HASH (id)
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "occurred_at" date NOT NULL
) PARTITION BY HASH (id);
-- create table public.events_2026_q1: create partition of events FOR VALUES WITH (modulus 1, remainder 0)
CREATE TABLE "public"."events_2026_q1" PARTITION OF "public"."events" FOR VALUES WITH (modulus 1, remainder 0);
