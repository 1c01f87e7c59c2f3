-- alter type public.address: comment 'Where people live'
COMMENT ON TYPE "public"."address" IS 'Where people live';
-- alter type public.period: remove comment
COMMENT ON TYPE "public"."period" IS NULL;
