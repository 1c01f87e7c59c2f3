-- alter constraint public.alerts.alerts_event_fk: drop for a moment, around the change of table public.events
ALTER TABLE "public"."alerts" DROP CONSTRAINT "alerts_event_fk";
-- alter constraint public.event_notes.event_notes_event_fk: drop for a moment, around the change of table public.events
ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk";
-- alter table public.events: drop and create again, partitioned by HASH (id) (was RANGE (occurred_at))
DROP TABLE "public"."events";
-- create table public.events: create (4 columns), partitioned by HASH (id)
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "occurred_at" date NOT NULL,
    "account_id" bigint NOT NULL,
    "kind" text NOT NULL,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id", "occurred_at")
) PARTITION BY HASH (id);
-- create table public.events_h0: create partition of events FOR VALUES WITH (modulus 2, remainder 0)
CREATE TABLE "public"."events_h0" PARTITION OF "public"."events" FOR VALUES WITH (modulus 2, remainder 0);
-- create table public.events_h1: create partition of events FOR VALUES WITH (modulus 2, remainder 1)
CREATE TABLE "public"."events_h1" PARTITION OF "public"."events" FOR VALUES WITH (modulus 2, remainder 1);
-- create constraint public.events.events_account_fk: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."events" ADD CONSTRAINT "events_account_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id");
-- alter constraint public.alerts.alerts_event_fk: add again after the change of table public.events, NOT VALID
ALTER TABLE "public"."alerts" ADD CONSTRAINT "alerts_event_fk" FOREIGN KEY ("event_id", "event_on") REFERENCES "public"."events" ("id", "occurred_at") ON DELETE SET NULL NOT VALID;
-- alter constraint public.alerts.alerts_event_fk: validate [after commit]
ALTER TABLE "public"."alerts" VALIDATE CONSTRAINT "alerts_event_fk";
-- alter constraint public.event_notes.event_notes_event_fk: add again after the change of table public.events
ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY ("event_id", "event_on") REFERENCES "public"."events" ("id", "occurred_at");
