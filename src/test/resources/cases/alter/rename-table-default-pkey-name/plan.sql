-- alter table public.customer: rename from person
ALTER TABLE "public"."person" RENAME TO "customer";
-- alter constraint public.customer.customer_pkey: rename from person_pkey
ALTER TABLE "public"."customer" RENAME CONSTRAINT "person_pkey" TO "customer_pkey";
