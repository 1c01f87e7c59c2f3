-- drop column public.orders.note: drop
ALTER TABLE "public"."orders" DROP COLUMN "note";
