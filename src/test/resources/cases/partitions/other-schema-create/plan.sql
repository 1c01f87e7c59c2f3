-- create schema archive: create
CREATE SCHEMA "archive";
-- create table archive.events_2025: create partition of public.events FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00')
CREATE TABLE "archive"."events_2025" PARTITION OF "public"."events" FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
COMMENT ON TABLE "archive"."events_2025" IS 'Closed year';
