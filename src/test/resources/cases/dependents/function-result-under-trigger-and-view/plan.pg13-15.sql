-- alter view public.item_band: drop for a moment, around the change of function public.price_band(integer)
DROP VIEW "public"."item_band";
-- alter trigger public.item.item_band: drop for a moment, around the change of function public.price_band(integer)
DROP TRIGGER "item_band" ON "public"."item";
-- alter function public.price_band(integer): result integer → bigint: drop and create
DROP FUNCTION "public"."price_band"(integer);
CREATE FUNCTION "public"."price_band"("p" integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT (p / 1000)::bigint
$fn$;
-- alter view public.item_band: create again in its new form after the change of function public.price_band(integer)
CREATE VIEW "public"."item_band" ("id", "band") AS (
SELECT item.id,
    price_band(item.price) AS band
   FROM item
);
-- alter trigger public.item.item_band: create again after the change of function public.price_band(integer)
CREATE TRIGGER "item_band" AFTER INSERT ON "public"."item" FOR EACH ROW WHEN ((price_band(new.price) > 0)) EXECUTE FUNCTION "public"."log_band"();
