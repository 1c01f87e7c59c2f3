-- drop table public.events_2026_01: drop
DROP TABLE "public"."events_2026_01";
