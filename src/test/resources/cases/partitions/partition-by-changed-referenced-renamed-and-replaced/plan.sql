-- alter table public.event_alerts: rename from alerts
ALTER TABLE "public"."alerts" RENAME TO "event_alerts";
-- alter constraint public.event_notes.event_notes_event_fk: drop for a moment, around the change of table public.events
ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk";
-- alter constraint public.event_alerts.alerts_event_fk: drop for a moment, around the change of table public.events
ALTER TABLE "public"."event_alerts" DROP CONSTRAINT "alerts_event_fk";
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
-- alter column public.event_alerts.fired_event_id: rename from event_id
ALTER TABLE "public"."event_alerts" RENAME COLUMN "event_id" TO "fired_event_id";
-- alter constraint public.event_alerts.event_alerts_event_fk: add again after the change of table public.events, NOT VALID
ALTER TABLE "public"."event_alerts" ADD CONSTRAINT "event_alerts_event_fk" FOREIGN KEY ("fired_event_id", "event_on") REFERENCES "public"."events" ("id", "occurred_at") ON DELETE SET NULL NOT VALID;
-- alter constraint public.event_alerts.event_alerts_event_fk: validate [after commit]
ALTER TABLE "public"."event_alerts" VALIDATE CONSTRAINT "event_alerts_event_fk";
-- create constraint public.event_notes.event_notes_event_fk: add foreign key (event_id, event_on) → public.events(id, occurred_at) NOT VALID
ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY ("event_id", "event_on") REFERENCES "public"."events" ("id", "occurred_at") ON DELETE CASCADE NOT VALID;
-- alter constraint public.event_notes.event_notes_event_fk: validate [after commit]
ALTER TABLE "public"."event_notes" VALIDATE CONSTRAINT "event_notes_event_fk";
