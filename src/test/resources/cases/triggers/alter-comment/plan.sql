-- alter trigger public.items.items_log: remove comment
COMMENT ON TRIGGER "items_log" ON "public"."items" IS NULL;
-- alter trigger public.items.items_touch: comment 'keeps updated_at current'
COMMENT ON TRIGGER "items_touch" ON "public"."items" IS 'keeps updated_at current';
