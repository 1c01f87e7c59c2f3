-- alter view public.stock_level: new query (columns changed: drop and create) [refused]
DROP VIEW "public"."stock_level";
CREATE VIEW "public"."stock_level" ("sku", "warehouse", "qty") AS (
SELECT stock.sku,
    stock.warehouse,
    stock.qty
   FROM stock
);
