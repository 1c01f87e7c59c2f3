-- alter view public.product_card: new query (columns changed: drop and create)
DROP VIEW "public"."product_card";
CREATE VIEW "public"."product_card" ("id", "title", "price", "note") AS (
SELECT product.id,
    product.name AS title,
    product.price,
    product.note
   FROM product
);
COMMENT ON VIEW "public"."product_card" IS 'one card per product';
