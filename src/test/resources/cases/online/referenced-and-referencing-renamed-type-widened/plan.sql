-- alter table public.clients: rename from customers
ALTER TABLE "public"."customers" RENAME TO "clients";
-- alter table public.purchases: rename from orders
ALTER TABLE "public"."orders" RENAME TO "purchases";
-- alter constraint public.purchases.orders_customer_fk: drop for a moment, around the change of column public.clients.id
ALTER TABLE "public"."purchases" DROP CONSTRAINT "orders_customer_fk";
-- alter column public.purchases.client_id: rename from customer_id
ALTER TABLE "public"."purchases" RENAME COLUMN "customer_id" TO "client_id";
-- drop column public.purchases.coupon: drop
ALTER TABLE "public"."purchases" DROP COLUMN "coupon";
-- alter column public.clients.id: integer → bigint
ALTER TABLE "public"."clients" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
-- alter column public.purchases.client_id: integer → bigint
ALTER TABLE "public"."purchases" ALTER COLUMN "client_id" TYPE bigint USING "client_id"::bigint;
-- alter constraint public.purchases.orders_customer_fk: add again after the change of column public.clients.id, NOT VALID
ALTER TABLE "public"."purchases" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.purchases.orders_customer_fk: validate [after commit]
ALTER TABLE "public"."purchases" VALIDATE CONSTRAINT "orders_customer_fk";
