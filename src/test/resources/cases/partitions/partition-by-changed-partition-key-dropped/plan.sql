-- drop constraint public.legacy_alerts.legacy_alerts_event_fk: drop foreign key (event_id, event_on) → public.events_2026(id, occurred_at)
ALTER TABLE "public"."legacy_alerts" DROP CONSTRAINT "legacy_alerts_event_fk";
-- alter table public.events: drop and create again, partitioned by HASH (id) (was RANGE (occurred_at))
DROP TABLE "public"."events";
-- create table public.events: create (3 columns), partitioned by HASH (id)
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "occurred_at" date NOT NULL,
    "kind" text NOT NULL,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id", "occurred_at")
) PARTITION BY HASH (id);
-- create table public.events_h0: create partition of events FOR VALUES WITH (modulus 2, remainder 0)
CREATE TABLE "public"."events_h0" PARTITION OF "public"."events" FOR VALUES WITH (modulus 2, remainder 0);
-- create table public.events_h1: create partition of events FOR VALUES WITH (modulus 2, remainder 1)
CREATE TABLE "public"."events_h1" PARTITION OF "public"."events" FOR VALUES WITH (modulus 2, remainder 1);
