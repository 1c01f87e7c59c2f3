-- alter view public.high_reading: drop for a moment, around the change of column public.reading.value
DROP VIEW "public"."high_reading";
-- alter column public.reading.value: integer → bigint
ALTER TABLE "public"."reading" ALTER COLUMN "value" TYPE bigint USING "value"::bigint;
-- alter view public.high_reading: create again in its new form after the change of column public.reading.value
CREATE VIEW "public"."high_reading" ("id", "sensor") AS (
SELECT reading.id,
    reading.sensor
   FROM reading
  WHERE (reading.value > 150)
);
