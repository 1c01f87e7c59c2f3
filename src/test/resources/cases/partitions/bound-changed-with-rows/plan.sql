-- alter table public.events_2026_q1: partition of events FOR VALUES FROM ('2026-01-01') TO ('2026-04-01') (was FOR VALUES FROM ('2026-01-01') TO ('2026-03-01'))
ALTER TABLE "public"."events" DETACH PARTITION "public"."events_2026_q1";
ALTER TABLE "public"."events" ATTACH PARTITION "public"."events_2026_q1" FOR VALUES FROM ('2026-01-01') TO ('2026-04-01');
