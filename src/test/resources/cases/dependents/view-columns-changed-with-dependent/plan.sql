-- alter view public.empty_stock: drop for a moment, around the change of view public.stock_level
DROP VIEW "public"."empty_stock";
-- alter view public.stock_level: new query (columns changed: drop and create)
DROP VIEW "public"."stock_level";
CREATE VIEW "public"."stock_level" ("sku", "warehouse", "qty") AS (
SELECT sku,
    warehouse,
    qty
   FROM stock
);
-- alter view public.empty_stock: create again after the change of view public.stock_level
CREATE VIEW "public"."empty_stock" ("sku") AS (
SELECT sku
   FROM stock_level
  WHERE (qty = 0)
);
