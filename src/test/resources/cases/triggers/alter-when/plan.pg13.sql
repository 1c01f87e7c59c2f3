-- alter trigger public.items.items_touch: new condition (drop and create)
DROP TRIGGER "items_touch" ON "public"."items";
CREATE TRIGGER "items_touch" BEFORE UPDATE ON "public"."items" FOR EACH ROW WHEN (((old.price <> new.price) OR (old.name <> new.name))) EXECUTE FUNCTION "public"."touch"();
