-- alter column public.invoice_line.total: numeric → integer [refused]
ALTER TABLE "public"."invoice_line" ALTER COLUMN "total" TYPE integer;
