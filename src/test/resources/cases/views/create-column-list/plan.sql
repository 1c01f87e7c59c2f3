-- create view public.price_list: create (3 columns)
CREATE VIEW "public"."price_list" ("product_id", "Product Name", "price") AS (
SELECT id AS product_id,
    title AS "Product Name",
    ((price_cents)::numeric / 100.0) AS price
   FROM product
);
