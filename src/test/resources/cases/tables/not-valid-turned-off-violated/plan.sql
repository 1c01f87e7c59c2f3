-- alter constraint public.invoice.invoice_total_positive: validate (it is NOT VALID) [after commit] [refused]
ALTER TABLE "public"."invoice" VALIDATE CONSTRAINT "invoice_total_positive";
-- alter constraint public.invoice.invoice_customer_fk: validate (it is NOT VALID) [after commit] [refused]
ALTER TABLE "public"."invoice" VALIDATE CONSTRAINT "invoice_customer_fk";
