-- drop view public.empty_stock: drop
DROP VIEW "public"."empty_stock";
-- alter view public.stock_level: new query (columns changed: drop and create)
DROP VIEW "public"."stock_level";
CREATE VIEW "public"."stock_level" ("sku", "warehouse", "qty") AS (
SELECT stock.sku,
    stock.warehouse,
    stock.qty
   FROM stock
);
