-- drop table public.old_customer: drop
DROP TABLE "public"."old_customer";
-- drop type public.legacy_address: drop
DROP TYPE "public"."legacy_address";
