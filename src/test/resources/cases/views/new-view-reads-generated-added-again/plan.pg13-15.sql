-- alter column public.parcel.grams: integer → bigint, recreates generated column kilos
ALTER TABLE "public"."parcel" DROP COLUMN "kilos";
ALTER TABLE "public"."parcel" ALTER COLUMN "grams" TYPE bigint USING "grams"::bigint;
ALTER TABLE "public"."parcel" ADD COLUMN "kilos" bigint GENERATED ALWAYS AS ((grams + 500) / 1000) STORED;
-- create view public.heavy_parcel: create (2 columns)
CREATE VIEW "public"."heavy_parcel" ("id", "kilos") AS (
SELECT parcel.id,
    parcel.kilos
   FROM parcel
  WHERE (parcel.kilos >= 5)
);
