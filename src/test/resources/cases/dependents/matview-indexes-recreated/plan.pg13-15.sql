-- alter materialized view public.daily_sale: drop for a moment, around the change of column public.sale.amount
DROP MATERIALIZED VIEW "public"."daily_sale";
-- alter column public.sale.amount: integer → bigint
ALTER TABLE "public"."sale" ALTER COLUMN "amount" TYPE bigint USING "amount"::bigint;
-- alter materialized view public.daily_sale: create again in its new form after the change of column public.sale.amount
CREATE MATERIALIZED VIEW "public"."daily_sale" AS (
SELECT sale.region,
    sale.day,
    sum(sale.amount) AS total
   FROM sale
  GROUP BY sale.region, sale.day
) WITH DATA;
-- create index public.daily_sale.daily_sale_big: create
CREATE INDEX "daily_sale_big" ON "public"."daily_sale" USING "btree" ("total" DESC) WHERE (total > (100)::numeric);
-- create index public.daily_sale.daily_sale_key: create (unique)
CREATE UNIQUE INDEX "daily_sale_key" ON "public"."daily_sale" USING "btree" ("region", "day");
COMMENT ON INDEX "public"."daily_sale_key" IS 'one row per region and day';
-- create index public.daily_sale.daily_sale_lower_region: create
CREATE INDEX "daily_sale_lower_region" ON "public"."daily_sale" USING "btree" ((lower(region)));
