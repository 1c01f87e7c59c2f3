-- alter column public.booking.during: change generation expression
ALTER TABLE "public"."booking" DROP COLUMN "during";
ALTER TABLE "public"."booking" ADD COLUMN "during" tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[]')) STORED;
ALTER TABLE "public"."booking" ADD CONSTRAINT "booking_room_overlap" EXCLUDE USING "gist" ("room_id" WITH =, "during" WITH &&);
