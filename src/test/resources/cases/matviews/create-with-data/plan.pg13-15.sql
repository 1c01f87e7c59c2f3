-- create materialized view public.sales_by_region: create
CREATE MATERIALIZED VIEW "public"."sales_by_region" AS (
SELECT sale.region,
    sum(sale.amount) AS total,
    count(*) AS sales
   FROM sale
  GROUP BY sale.region
) WITH DATA;
