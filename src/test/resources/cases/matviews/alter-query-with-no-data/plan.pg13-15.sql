-- alter materialized view public.region_total: new query (drop and create with no data)
DROP MATERIALIZED VIEW "public"."region_total";
CREATE MATERIALIZED VIEW "public"."region_total" AS (
SELECT sale.region,
    max(sale.amount) AS top
   FROM sale
  GROUP BY sale.region
) WITH NO DATA;
