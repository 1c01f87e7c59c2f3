-- alter column public.parcel.kilos: change generation expression
ALTER TABLE "public"."parcel" DROP COLUMN "kilos";
ALTER TABLE "public"."parcel" ADD COLUMN "kilos" integer GENERATED ALWAYS AS ((grams + 500) / 1000) STORED;
CREATE INDEX "parcel_kilos_idx" ON "public"."parcel" USING "btree" ("kilos");
-- create view public.heavy_parcel: create (2 columns)
CREATE VIEW "public"."heavy_parcel" ("id", "kilos") AS (
SELECT parcel.id,
    parcel.kilos
   FROM parcel
  WHERE (parcel.kilos >= 5)
);
