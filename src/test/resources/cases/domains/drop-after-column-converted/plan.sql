-- drop column public.item.old_codes: drop
ALTER TABLE "public"."item" DROP COLUMN "old_codes";
-- alter column public.item.code: legacy_code → text
ALTER TABLE "public"."item" ALTER COLUMN "code" TYPE text USING "code"::text;
-- drop domain public.legacy_code: drop
DROP DOMAIN "public"."legacy_code";
