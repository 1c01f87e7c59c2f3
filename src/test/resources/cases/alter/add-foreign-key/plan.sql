-- create constraint public.orders.orders_customer_fk: add foreign key (customer_id) → public.customer(id) NOT VALID
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.orders.orders_customer_fk: validate [after commit]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_customer_fk";
