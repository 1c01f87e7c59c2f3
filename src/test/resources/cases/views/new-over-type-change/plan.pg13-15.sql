-- alter column public.order.size: integer → bigint
ALTER TABLE "public"."order" ALTER COLUMN "size" TYPE bigint USING "size"::bigint;
-- create view public.order_size: create (2 columns)
CREATE VIEW "public"."order_size" ("id", "size") AS (
SELECT "order".id,
    "order".size
   FROM "order"
);
