-- drop table public.events: drop
DROP TABLE "public"."events";
