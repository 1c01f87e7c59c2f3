-- alter constraint public.legacy_alerts.legacy_alerts_event_fk: drop for a moment, around the change of table public.events
ALTER TABLE "public"."legacy_alerts" DROP CONSTRAINT "legacy_alerts_event_fk";
-- alter constraint public.alerts.alerts_event_fk: drop for a moment, around the change of table public.events
ALTER TABLE "public"."alerts" DROP CONSTRAINT "alerts_event_fk";
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
-- alter constraint public.alerts.alerts_event_fk: add again after the change of table public.events, NOT VALID
ALTER TABLE "public"."alerts" ADD CONSTRAINT "alerts_event_fk" FOREIGN KEY ("event_id", "event_on") REFERENCES "public"."events" ("id", "occurred_at") NOT VALID;
-- alter constraint public.alerts.alerts_event_fk: validate [after commit]
ALTER TABLE "public"."alerts" VALIDATE CONSTRAINT "alerts_event_fk";
-- create constraint public.legacy_alerts.legacy_alerts_event_fk: add foreign key (event_id, event_on) → public.events(id, occurred_at) NOT VALID
ALTER TABLE "public"."legacy_alerts" ADD CONSTRAINT "legacy_alerts_event_fk" FOREIGN KEY ("event_id", "event_on") REFERENCES "public"."events" ("id", "occurred_at") NOT VALID;
-- alter constraint public.legacy_alerts.legacy_alerts_event_fk: validate [after commit]
ALTER TABLE "public"."legacy_alerts" VALIDATE CONSTRAINT "legacy_alerts_event_fk";
