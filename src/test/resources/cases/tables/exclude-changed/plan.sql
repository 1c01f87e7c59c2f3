-- alter constraint public.booking.booking_room_overlap: replace exclusion using gist (room_id WITH =, during WITH &&) (definition changed)
ALTER TABLE "public"."booking" DROP CONSTRAINT IF EXISTS "booking_room_overlap";
ALTER TABLE "public"."booking" ADD CONSTRAINT "booking_room_overlap" EXCLUDE USING "gist" ("room_id" WITH =, "during" WITH &&) WHERE ((NOT cancelled));
