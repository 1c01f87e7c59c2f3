-- alter trigger public.items.items_touch: rename from touch_items
ALTER TRIGGER "touch_items" ON "public"."items" RENAME TO "items_touch";
