-- alter column public.room_booking.room_id: numeric → integer
ALTER TABLE "public"."room_booking" ALTER COLUMN "room_id" TYPE integer USING "room_id"::integer;
