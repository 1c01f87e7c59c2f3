-- drop domain public.legacy_code: drop
DROP DOMAIN "public"."legacy_code";
