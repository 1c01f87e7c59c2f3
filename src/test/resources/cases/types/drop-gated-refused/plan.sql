-- drop type public.legacy_range: drop [refused]
DROP TYPE "public"."legacy_range";
-- drop type public.legacy_address: drop [refused]
DROP TYPE "public"."legacy_address";
