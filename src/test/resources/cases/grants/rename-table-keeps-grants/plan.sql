-- alter table public.purchases: rename from orders
ALTER TABLE "public"."orders" RENAME TO "purchases";
-- alter constraint public.purchases.purchases_pkey: rename from orders_pkey
ALTER TABLE "public"."purchases" RENAME CONSTRAINT "orders_pkey" TO "purchases_pkey";
