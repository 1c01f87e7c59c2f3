-- alter trigger public.items.items_touch: rename from touch_items, new condition (create or replace)
ALTER TRIGGER "touch_items" ON "public"."items" RENAME TO "items_touch";
CREATE OR REPLACE TRIGGER "items_touch" BEFORE UPDATE ON "public"."items" FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION "public"."touch"();
