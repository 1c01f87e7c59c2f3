-- create function public.customer_totals(numeric): create (sql, returns table)
CREATE FUNCTION "public"."customer_totals"("min_total" numeric DEFAULT (0))
 RETURNS TABLE ("customer_id" bigint, "Order Count" bigint, "total" numeric)
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT o.customer_id, count(*), sum(o.total)
  FROM orders o
 GROUP BY o.customer_id
HAVING sum(o.total) >= min_total
$fn$;
