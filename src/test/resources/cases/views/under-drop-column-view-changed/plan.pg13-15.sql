-- alter view public.parcel_card: new query (columns changed: drop and create)
DROP VIEW "public"."parcel_card";
CREATE VIEW "public"."parcel_card" ("id", "weight") AS (
SELECT parcel.id,
    parcel.weight
   FROM parcel
);
-- alter view public.zone_a: new query (columns kept)
CREATE OR REPLACE VIEW "public"."zone_a" ("id", "weight") AS (
SELECT parcel.id,
    parcel.weight
   FROM parcel
  WHERE (parcel.weight < 10)
);
-- drop column public.parcel.note: drop
ALTER TABLE "public"."parcel" DROP COLUMN "note";
-- drop column public.parcel.zone: drop
ALTER TABLE "public"."parcel" DROP COLUMN "zone";
