-- create constraint public.invoice.invoice_total_positive: add check total > 0 NOT VALID
ALTER TABLE "public"."invoice" ADD CONSTRAINT "invoice_total_positive" CHECK (total > 0) NOT VALID;
-- create constraint public.invoice.invoice_customer_fk: add foreign key (customer_id) → public.customer(id) NOT VALID
ALTER TABLE "public"."invoice" ADD CONSTRAINT "invoice_customer_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("id") NOT VALID;
