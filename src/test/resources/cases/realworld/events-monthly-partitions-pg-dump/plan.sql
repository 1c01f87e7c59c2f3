-- create table public.events_2026_03: create partition of events FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00')
CREATE TABLE "public"."events_2026_03" PARTITION OF "public"."events" FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
