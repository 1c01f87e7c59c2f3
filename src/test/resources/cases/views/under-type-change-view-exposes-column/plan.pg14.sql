-- alter column public.reading.value: integer → bigint [refused]
ALTER TABLE "public"."reading" ALTER COLUMN "value" TYPE bigint USING "value"::bigint;
-- alter view public.reading_value: new query (columns changed: drop and create)
DROP VIEW "public"."reading_value";
CREATE VIEW "public"."reading_value" ("id", "value") AS (
SELECT reading.id,
    reading.value
   FROM reading
);
