-- alter constraint public.orders.orders_total_check: validate (it is NOT VALID) [after commit]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_total_check";
-- alter constraint public.orders.orders_customer_fk: validate (it is NOT VALID) [after commit]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_customer_fk";
