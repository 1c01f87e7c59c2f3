-- alter materialized view reporting.daily_revenue: new query (drop and create), comment 'paid revenue per day; refreshed every 15 minutes'
DROP MATERIALIZED VIEW "reporting"."daily_revenue";
CREATE MATERIALIZED VIEW "reporting"."daily_revenue" AS (
SELECT date_trunc('day'::text, o.placed_at) AS day,
    sum(((l.qty)::numeric * l.unit_price)) AS revenue,
    count(DISTINCT o.id) AS orders,
    count(DISTINCT o.customer_id) AS customers
   FROM (orders o
     JOIN order_line l ON ((l.order_id = o.id)))
  WHERE (o.status = 'paid'::text)
  GROUP BY (date_trunc('day'::text, o.placed_at))
) WITH DATA;
COMMENT ON MATERIALIZED VIEW "reporting"."daily_revenue" IS 'paid revenue per day; refreshed every 15 minutes';
-- create materialized view reporting.customer_ltv: create
CREATE MATERIALIZED VIEW "reporting"."customer_ltv" AS (
SELECT c.id AS customer_id,
    c.country,
    COALESCE(sum(((l.qty)::numeric * l.unit_price)), (0)::numeric) AS lifetime_value,
    max(o.placed_at) AS last_order_at
   FROM ((customer c
     LEFT JOIN orders o ON (((o.customer_id = c.id) AND (o.status = 'paid'::text))))
     LEFT JOIN order_line l ON ((l.order_id = o.id)))
  GROUP BY c.id, c.country
) WITH DATA;
-- create view reporting.top_customers: create (2 columns)
CREATE VIEW "reporting"."top_customers" ("customer_id", "lifetime_value") AS (
SELECT customer_ltv.customer_id,
    customer_ltv.lifetime_value
   FROM reporting.customer_ltv
  WHERE (customer_ltv.lifetime_value > (100)::numeric)
);
-- create index reporting.category_sales.category_sales_category: create (unique) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "reporting"."category_sales_category";
CREATE UNIQUE INDEX CONCURRENTLY "category_sales_category" ON "reporting"."category_sales" USING "btree" ("category");
-- create index reporting.daily_revenue.daily_revenue_day: create (unique)
CREATE UNIQUE INDEX "daily_revenue_day" ON "reporting"."daily_revenue" USING "btree" ("day");
-- create index reporting.customer_ltv.customer_ltv_country: create
CREATE INDEX "customer_ltv_country" ON "reporting"."customer_ltv" USING "btree" ("country", "lifetime_value" DESC);
-- create index reporting.customer_ltv.customer_ltv_lapsed: create
CREATE INDEX "customer_ltv_lapsed" ON "reporting"."customer_ltv" USING "btree" ("last_order_at") WHERE (last_order_at IS NOT NULL);
-- create index reporting.customer_ltv.customer_ltv_pk: create (unique)
CREATE UNIQUE INDEX "customer_ltv_pk" ON "reporting"."customer_ltv" USING "btree" ("customer_id");
