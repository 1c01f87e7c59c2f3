-- alter trigger public.items.items_changed: function public.touch (drop and create)
DROP TRIGGER "items_changed" ON "public"."items";
CREATE TRIGGER "items_changed" BEFORE UPDATE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."touch"();
