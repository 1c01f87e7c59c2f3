-- alter table public.purchases: rename from orders
ALTER TABLE "public"."orders" RENAME TO "purchases";
-- alter constraint public.purchases.orders_customer_fk: drop for a moment, around the change of column public.purchases.buyer_id
ALTER TABLE "public"."purchases" DROP CONSTRAINT "orders_customer_fk";
-- alter column public.purchases.buyer_id: rename from customer_id
ALTER TABLE "public"."purchases" RENAME COLUMN "customer_id" TO "buyer_id";
-- alter column public.purchases.buyer_id: integer → bigint
ALTER TABLE "public"."purchases" ALTER COLUMN "buyer_id" TYPE bigint USING "buyer_id"::bigint;
-- alter constraint public.purchases.orders_customer_fk: add again after the change of column public.purchases.buyer_id, NOT VALID
ALTER TABLE "public"."purchases" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."customers" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.purchases.orders_customer_fk: validate [after commit]
ALTER TABLE "public"."purchases" VALIDATE CONSTRAINT "orders_customer_fk";
