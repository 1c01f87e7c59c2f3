-- alter column public.invoice.invoice_no: rename from number
ALTER TABLE "public"."invoice" RENAME COLUMN "number" TO "invoice_no";
-- alter sequence public.invoice_invoice_no_seq: rename from invoice_number_seq (serial invoice.invoice_no)
ALTER SEQUENCE "public"."invoice_number_seq" RENAME TO "invoice_invoice_no_seq";
