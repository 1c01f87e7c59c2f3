-- create table public.events: create (4 columns), partitioned by RANGE (occurred_at)
CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "occurred_at" timestamp with time zone NOT NULL,
    "kind" text NOT NULL,
    "payload" jsonb,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id", "occurred_at"),
    CONSTRAINT "events_kind_not_blank" CHECK (kind <> '')
) PARTITION BY RANGE (occurred_at);
COMMENT ON TABLE "public"."events" IS 'Everything that happened, by month';
-- create table public.events_2026_01: create partition of events FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00')
CREATE TABLE "public"."events_2026_01" PARTITION OF "public"."events" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
-- create table public.events_2026_02: create partition of events FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00')
CREATE TABLE "public"."events_2026_02" PARTITION OF "public"."events" FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
-- create table public.events_2026_03: create partition of events FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00')
CREATE TABLE "public"."events_2026_03" PARTITION OF "public"."events" FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
COMMENT ON TABLE "public"."events_2026_03" IS 'Current month';
-- create table public.events_default: create partition of events DEFAULT
CREATE TABLE "public"."events_default" PARTITION OF "public"."events" DEFAULT;
-- create index public.events.events_kind_idx: create
CREATE INDEX "events_kind_idx" ON "public"."events" USING "btree" ("kind", "occurred_at");
