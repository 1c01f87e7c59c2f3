-- alter column public.line_item.total: change generation expression
ALTER TABLE "public"."line_item" ALTER COLUMN "total" SET EXPRESSION AS (quantity * unit_price * 0.9);
