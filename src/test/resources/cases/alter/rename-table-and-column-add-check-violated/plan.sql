-- alter table public.bill: rename from invoice
ALTER TABLE "public"."invoice" RENAME TO "bill";
-- alter column public.bill.total: rename from amount
ALTER TABLE "public"."bill" RENAME COLUMN "amount" TO "total";
-- alter constraint public.bill.bill_pkey: rename from invoice_pkey
ALTER TABLE "public"."bill" RENAME CONSTRAINT "invoice_pkey" TO "bill_pkey";
-- create constraint public.bill.bill_total_nonnegative: add check total >= 0 [refused]
ALTER TABLE "public"."bill" ADD CONSTRAINT "bill_total_nonnegative" CHECK (total >= 0);
