-- alter view public.recent_kinds: drop for a moment, around the change of table public.events
DROP VIEW "public"."recent_kinds";
-- alter table public.events: drop and create again, partitioned by HASH (id) (was RANGE (occurred_at))
DROP TABLE "public"."events";
-- create table public.events: create (3 columns), partitioned by HASH (id)
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "occurred_at" date NOT NULL,
    "kind" text NOT NULL,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id", "occurred_at"),
    CONSTRAINT "events_kind_not_blank" CHECK (kind <> '')
) PARTITION BY HASH (id);
COMMENT ON TABLE "public"."events" IS 'What happened';
-- create table archive.events_h1: create partition of public.events FOR VALUES WITH (modulus 2, remainder 1)
CREATE TABLE "archive"."events_h1" PARTITION OF "public"."events" FOR VALUES WITH (modulus 2, remainder 1);
-- create table public.events_h0: create partition of events FOR VALUES WITH (modulus 2, remainder 0)
CREATE TABLE "public"."events_h0" PARTITION OF "public"."events" FOR VALUES WITH (modulus 2, remainder 0);
-- create index public.events.events_kind_idx: create
CREATE INDEX "events_kind_idx" ON "public"."events" USING "btree" ("kind");
-- alter table public.events: grant select to app_reader
GRANT SELECT ON TABLE "public"."events" TO "app_reader";
-- alter view public.recent_kinds: create again after the change of table public.events
CREATE VIEW "public"."recent_kinds" ("kind") AS (
SELECT DISTINCT events.kind
   FROM events
);
-- alter view public.recent_kinds: grant select to app_reader
GRANT SELECT ON TABLE "public"."recent_kinds" TO "app_reader";
