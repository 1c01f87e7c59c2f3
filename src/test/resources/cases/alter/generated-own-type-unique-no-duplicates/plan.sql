-- alter column public.invoice_line.total: numeric → integer
ALTER TABLE "public"."invoice_line" ALTER COLUMN "total" TYPE integer;
