-- drop constraint public.orders.orders_customer_fk: drop foreign key (customer_id) → public.customer(id) [refused]
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_fk";
