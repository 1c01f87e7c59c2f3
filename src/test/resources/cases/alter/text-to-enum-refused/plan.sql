-- create type public.order_status: create enum (pending, paid, shipped, cancelled)
CREATE TYPE "public"."order_status" AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
-- alter column public.orders.status: text → order_status, default 'pending'::text → 'pending' [refused]
ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE order_status USING "status"::order_status;
ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT ('pending');
