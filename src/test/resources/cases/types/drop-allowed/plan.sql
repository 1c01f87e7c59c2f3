-- drop type public.legacy_range: drop
DROP TYPE "public"."legacy_range";
-- drop type public.legacy_address: drop
DROP TYPE "public"."legacy_address";
