-- alter column public.order.size: integer → bigint
ALTER TABLE "public"."order" ALTER COLUMN "size" TYPE bigint USING "size"::bigint;
-- create materialized view public.order_size: create
CREATE MATERIALIZED VIEW "public"."order_size" AS (
SELECT "order".id,
    "order".size
   FROM "order"
) WITH DATA;
