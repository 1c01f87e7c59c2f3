-- drop view public.high_reading: drop
DROP VIEW "public"."high_reading";
-- alter column public.reading.value: integer → bigint
ALTER TABLE "public"."reading" ALTER COLUMN "value" TYPE bigint USING "value"::bigint;
