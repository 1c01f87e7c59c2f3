-- create column public.booking.cancelled: add (period, nullable)
ALTER TABLE "public"."booking" ADD COLUMN "cancelled" period;
-- create index public.booking.booking_during_idx: create (using gist) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."booking_during_idx";
CREATE INDEX CONCURRENTLY "booking_during_idx" ON "public"."booking" USING "gist" ("during");
