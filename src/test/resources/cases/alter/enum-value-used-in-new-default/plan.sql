-- alter type public.order_status: add value 'draft' before 'pending' [before transaction]
ALTER TYPE "public"."order_status" ADD VALUE 'draft' BEFORE 'pending';
-- alter column public.orders.status: default 'pending'::order_status → 'draft'
ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT ('draft');
