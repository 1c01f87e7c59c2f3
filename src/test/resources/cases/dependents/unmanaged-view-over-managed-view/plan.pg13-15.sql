-- alter view public.reading_value: drop for a moment, around the change of column public.reading.value
DROP VIEW "public"."reading_value";
-- alter column public.reading.value: integer → bigint [refused]
ALTER TABLE "public"."reading" ALTER COLUMN "value" TYPE bigint USING "value"::bigint;
-- alter view public.reading_value: create again in its new form after the change of column public.reading.value
CREATE VIEW "public"."reading_value" ("id", "value") AS (
SELECT reading.id,
    reading.value
   FROM reading
);
