-- alter view public.heavy_parcel: drop for a moment, around the change of view public.parcel_info
DROP VIEW "public"."heavy_parcel";
-- alter view public.parcel_info: new query (columns changed: drop and create)
DROP VIEW "public"."parcel_info";
CREATE VIEW "public"."parcel_info" ("id", "weight") AS (
SELECT parcel.id,
    parcel.weight
   FROM parcel
);
-- drop column public.parcel.note: drop
ALTER TABLE "public"."parcel" DROP COLUMN "note";
-- alter view public.heavy_parcel: create again after the change of view public.parcel_info
CREATE VIEW "public"."heavy_parcel" ("id") AS (
SELECT parcel_info.id
   FROM parcel_info
  WHERE (parcel_info.weight > 6)
);
