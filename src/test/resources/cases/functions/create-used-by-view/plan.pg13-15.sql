-- create function public.to_money(integer): create (sql, returns numeric)
CREATE FUNCTION "public"."to_money"("cents" integer)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT round(cents / 100.0, 2)
$fn$;
-- create view public.product_price: create (2 columns)
CREATE VIEW "public"."product_price" ("id", "price") AS (
SELECT product.id,
    to_money(product.price_cents) AS price
   FROM product
);
