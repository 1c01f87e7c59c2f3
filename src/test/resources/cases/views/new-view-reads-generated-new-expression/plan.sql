-- alter column public.parcel.kilos: change generation expression
ALTER TABLE "public"."parcel" ALTER COLUMN "kilos" SET EXPRESSION AS ((grams + 500) / 1000);
-- create view public.heavy_parcel: create (2 columns)
CREATE VIEW "public"."heavy_parcel" ("id", "kilos") AS (
SELECT id,
    kilos
   FROM parcel
  WHERE (kilos >= 5)
);
