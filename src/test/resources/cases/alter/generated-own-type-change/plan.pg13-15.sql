-- alter view public.heavy_parcel: drop for a moment, around the change of column public.parcel.kilos
DROP VIEW "public"."heavy_parcel";
-- alter column public.parcel.kilos: integer → bigint
ALTER TABLE "public"."parcel" ALTER COLUMN "kilos" TYPE bigint;
-- alter view public.heavy_parcel: create again in its new form after the change of column public.parcel.kilos
CREATE VIEW "public"."heavy_parcel" ("id", "kilos") AS (
SELECT parcel.id,
    parcel.kilos
   FROM parcel
  WHERE (parcel.kilos >= 5)
);
