-- alter type public.booking_period: rename from period
ALTER TYPE "public"."period" RENAME TO "booking_period";
