-- alter view public.heavy_parcel: drop for a moment, around the change of column public.parcel.note
DROP VIEW "public"."heavy_parcel";
-- alter view public.parcel_info: drop for a moment, around the change of column public.parcel.note
DROP VIEW "public"."parcel_info";
-- drop column public.parcel.note: drop
ALTER TABLE "public"."parcel" DROP COLUMN "note";
-- alter view public.parcel_info: create again in its new form after the change of column public.parcel.note
CREATE VIEW "public"."parcel_info" ("id", "weight") AS (
SELECT id,
    weight
   FROM parcel
);
-- alter view public.heavy_parcel: create again after the change of column public.parcel.note
CREATE VIEW "public"."heavy_parcel" ("id") AS (
SELECT id
   FROM parcel_info
  WHERE (weight > 6)
);
