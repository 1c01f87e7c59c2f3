-- alter trigger public.items.items_touch: update of price, name (drop and create)
DROP TRIGGER "items_touch" ON "public"."items";
CREATE TRIGGER "items_touch" BEFORE UPDATE OF "price", "name" ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."touch"();
