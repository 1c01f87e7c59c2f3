-- alter table public.purchases: rename from orders
ALTER TABLE "public"."orders" RENAME TO "purchases";
-- alter column public.purchases.buyer_id: rename from customer_id
ALTER TABLE "public"."purchases" RENAME COLUMN "customer_id" TO "buyer_id";
