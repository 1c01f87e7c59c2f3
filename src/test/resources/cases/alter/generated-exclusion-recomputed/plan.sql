-- alter column public.booking.during: change generation expression
ALTER TABLE "public"."booking" ALTER COLUMN "during" SET EXPRESSION AS (tstzrange(starts_at, ends_at, '[]'));
