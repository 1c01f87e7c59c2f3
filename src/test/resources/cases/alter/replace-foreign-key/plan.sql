-- alter constraint public.orders.orders_customer_fk: replace foreign key (customer_id) → public.customer(id) NOT VALID (definition changed)
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_customer_fk";
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.orders.orders_customer_fk: validate [after commit]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_customer_fk";
