-- alter column public.reading.value: integer → bigint [refused]
ALTER TABLE "public"."reading" ALTER COLUMN "value" TYPE bigint USING "value"::bigint;
