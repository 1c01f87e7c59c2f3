-- alter view public.empty_stock: drop for a moment, around the change of view public.stock_level
DROP VIEW "public"."empty_stock";
-- alter view public.stock_level: new query (columns changed: drop and create)
DROP VIEW "public"."stock_level";
CREATE VIEW "public"."stock_level" ("sku", "warehouse", "qty") AS (
SELECT stock.sku,
    stock.warehouse,
    stock.qty
   FROM stock
);
-- alter view public.empty_stock: create again after the change of view public.stock_level
CREATE VIEW "public"."empty_stock" ("sku") AS (
SELECT stock_level.sku
   FROM stock_level
  WHERE (stock_level.qty = 0)
);
