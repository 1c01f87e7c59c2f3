-- drop trigger public.items.items_touch: drop
DROP TRIGGER "items_touch" ON "public"."items";
-- drop function public.touch(): drop
DROP FUNCTION "public"."touch"();
