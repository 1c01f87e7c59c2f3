-- alter materialized view public.region_total: new query (drop and create)
DROP MATERIALIZED VIEW "public"."region_total";
CREATE MATERIALIZED VIEW "public"."region_total" AS (
SELECT sale.region,
    sum(sale.amount) AS total,
    count(*) AS sales
   FROM sale
  GROUP BY sale.region
) WITH DATA;
-- create index public.region_total.region_total_region: create (unique)
CREATE UNIQUE INDEX "region_total_region" ON "public"."region_total" USING "btree" ("region");
