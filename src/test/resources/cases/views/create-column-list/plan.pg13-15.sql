-- create view public.price_list: create (3 columns)
CREATE VIEW "public"."price_list" ("product_id", "Product Name", "price") AS (
SELECT product.id AS product_id,
    product.title AS "Product Name",
    ((product.price_cents)::numeric / 100.0) AS price
   FROM product
);
