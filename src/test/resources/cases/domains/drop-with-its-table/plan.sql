-- drop table public.legacy_item: drop
DROP TABLE "public"."legacy_item";
-- drop domain public.legacy_code: drop
DROP DOMAIN "public"."legacy_code";
