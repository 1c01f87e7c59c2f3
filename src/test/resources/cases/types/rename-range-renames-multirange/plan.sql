-- alter type public.booking_period: rename from period, multirange renamed to booking_period_multirange
ALTER TYPE "public"."period" RENAME TO "booking_period";
ALTER TYPE "public"."period_multirange" RENAME TO "booking_period_multirange";
