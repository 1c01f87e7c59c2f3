-- alter view public.product_card: new query (columns changed: drop and create), comment 'one card per product, price in euros'
DROP VIEW "public"."product_card";
CREATE VIEW "public"."product_card" ("id", "name", "price", "note") AS (
SELECT product.id,
    product.name,
    ((product.price)::numeric / 100.0) AS price,
    product.note
   FROM product
);
COMMENT ON VIEW "public"."product_card" IS 'one card per product, price in euros';
