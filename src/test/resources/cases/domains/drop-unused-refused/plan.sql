-- drop domain public.legacy_code: drop [refused]
DROP DOMAIN "public"."legacy_code";
