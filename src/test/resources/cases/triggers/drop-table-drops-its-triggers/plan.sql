-- drop table public.legacy_post: drop
DROP TABLE "public"."legacy_post";
