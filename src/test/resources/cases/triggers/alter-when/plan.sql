-- alter trigger public.items.items_touch: new condition (create or replace)
CREATE OR REPLACE TRIGGER "items_touch" BEFORE UPDATE ON "public"."items" FOR EACH ROW WHEN (((old.price <> new.price) OR (old.name <> new.name))) EXECUTE FUNCTION "public"."touch"();
