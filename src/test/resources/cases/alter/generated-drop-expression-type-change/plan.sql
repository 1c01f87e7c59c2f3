-- alter column public.parcel.kilos: integer → numeric, drop generation expression
ALTER TABLE "public"."parcel" ALTER COLUMN "kilos" DROP EXPRESSION;
ALTER TABLE "public"."parcel" ALTER COLUMN "kilos" TYPE numeric USING "kilos"::numeric;
