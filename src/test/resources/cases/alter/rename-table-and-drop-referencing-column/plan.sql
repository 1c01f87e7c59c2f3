-- alter table public.purchases: rename from orders
ALTER TABLE "public"."orders" RENAME TO "purchases";
-- drop constraint public.purchases.orders_customer_fk: drop foreign key (customer_id) → public.customers(id)
ALTER TABLE "public"."purchases" DROP CONSTRAINT "orders_customer_fk";
-- drop column public.purchases.customer_id: drop
ALTER TABLE "public"."purchases" DROP COLUMN "customer_id";
