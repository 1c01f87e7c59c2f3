-- alter table public.invoice_lines: rename from line_items
ALTER TABLE "public"."line_items" RENAME TO "invoice_lines";
-- create function public.lines_total(): create (sql, returns numeric)
CREATE FUNCTION "public"."lines_total"()
 RETURNS numeric
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT coalesce(sum(amount), 0) FROM public.invoice_lines
$fn$;
-- alter constraint public.invoice_lines.invoice_lines_pkey: rename from line_items_pkey
ALTER TABLE "public"."invoice_lines" RENAME CONSTRAINT "line_items_pkey" TO "invoice_lines_pkey";
