-- alter column public.reading.celsius: numeric → integer, recreates generated column kelvin [refused]
ALTER TABLE "public"."reading" DROP COLUMN "kelvin";
ALTER TABLE "public"."reading" ALTER COLUMN "celsius" TYPE integer USING "celsius"::integer;
ALTER TABLE "public"."reading" ADD COLUMN "kelvin" numeric GENERATED ALWAYS AS (celsius + 273) STORED;
ALTER TABLE "public"."reading" ADD CONSTRAINT "reading_kelvin_key" UNIQUE ("kelvin");
