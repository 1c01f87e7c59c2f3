-- drop table public.other: drop
DROP TABLE "public"."other";
