-- alter table public.items: rename from item
ALTER TABLE "public"."item" RENAME TO "items";
-- alter trigger public.items.item_big: drop for a moment, around the change of function public.is_big(numeric)
DROP TRIGGER "item_big" ON "public"."items";
-- alter function public.is_big(numeric): argument n renamed to amount: drop and create
DROP FUNCTION "public"."is_big"(numeric);
CREATE FUNCTION "public"."is_big"("amount" numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT amount > 1000
$fn$;
-- alter constraint public.items.items_pkey: rename from item_pkey
ALTER TABLE "public"."items" RENAME CONSTRAINT "item_pkey" TO "items_pkey";
-- alter trigger public.items.item_big: create again after the change of function public.is_big(numeric)
CREATE TRIGGER "item_big" BEFORE INSERT OR UPDATE ON "public"."items" FOR EACH ROW WHEN (is_big(new.price)) EXECUTE FUNCTION "public"."flag_big"();
