-- alter trigger public.items.items_big: drop for a moment, around the change of function public.is_big(numeric)
DROP TRIGGER "items_big" ON "public"."items";
-- alter function public.is_big(numeric): argument n renamed to amount: drop and create
DROP FUNCTION "public"."is_big"(numeric);
CREATE FUNCTION "public"."is_big"("amount" numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT amount > 1000
$fn$;
-- alter trigger public.items.items_big: create again after the change of function public.is_big(numeric)
CREATE TRIGGER "items_big" BEFORE INSERT OR UPDATE ON "public"."items" FOR EACH ROW WHEN (is_big(new.price)) EXECUTE FUNCTION "public"."flag_big"();
