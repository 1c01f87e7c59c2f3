-- drop table public.events_2026_01: drop [refused]
DROP TABLE "public"."events_2026_01";
