-- alter table public.bookings_booking: set (autovacuum_vacuum_scale_factor=0.05)
ALTER TABLE "public"."bookings_booking" SET ("autovacuum_vacuum_scale_factor" = '0.05');
-- create index public.bookings_booking.bookings_booking_guest_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."bookings_booking_guest_idx";
CREATE INDEX CONCURRENTLY "bookings_booking_guest_idx" ON "public"."bookings_booking" USING "btree" ((lower(guest_email)));
-- alter index public.bookings_booking.bookings_booking_room_id_8b4c4b3c: set (fillfactor=70) (pages written from now on; REINDEX repacks the rest)
ALTER INDEX "public"."bookings_booking_room_id_8b4c4b3c" SET ("fillfactor" = '70');
