-- create materialized view public.sales_by_region: create
CREATE MATERIALIZED VIEW "public"."sales_by_region" AS (
SELECT region,
    sum(amount) AS total,
    count(*) AS sales
   FROM sale
  GROUP BY region
) WITH DATA;
