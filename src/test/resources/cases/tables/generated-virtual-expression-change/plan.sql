-- alter view public.warm_reading: drop for a moment, around the change of column public.reading.fahrenheit, column public.reading.kelvin
DROP VIEW "public"."warm_reading";
-- alter column public.reading.fahrenheit: change generation expression
ALTER TABLE "public"."reading" DROP COLUMN "fahrenheit";
ALTER TABLE "public"."reading" ADD COLUMN "fahrenheit" numeric GENERATED ALWAYS AS (celsius * 1.8 + 32) VIRTUAL;
-- alter column public.reading.kelvin: change generation expression
ALTER TABLE "public"."reading" DROP COLUMN "kelvin";
ALTER TABLE "public"."reading" ADD COLUMN "kelvin" numeric GENERATED ALWAYS AS (celsius + 273.15) VIRTUAL;
ALTER TABLE "public"."reading" ADD CONSTRAINT "reading_kelvin_check" CHECK (kelvin >= (0)::numeric);
-- alter view public.warm_reading: create again after the change of column public.reading.fahrenheit, column public.reading.kelvin
CREATE VIEW "public"."warm_reading" ("id", "fahrenheit", "kelvin") AS (
SELECT id,
    fahrenheit,
    kelvin
   FROM reading
  WHERE (fahrenheit > (70)::numeric)
);
