-- alter view public.product_card: new query (columns changed: drop and create)
DROP VIEW "public"."product_card";
CREATE VIEW "public"."product_card" ("id", "name", "note") AS (
SELECT product.id,
    product.name,
    product.note
   FROM product
);
COMMENT ON VIEW "public"."product_card" IS 'one card per product';
