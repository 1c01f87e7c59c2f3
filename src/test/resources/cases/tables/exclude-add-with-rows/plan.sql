-- create constraint public.booking.booking_room_overlap: add exclusion using gist (room_id WITH =, during WITH &&)
ALTER TABLE "public"."booking" ADD CONSTRAINT "booking_room_overlap" EXCLUDE USING "gist" ("room_id" WITH =, "during" WITH &&);
