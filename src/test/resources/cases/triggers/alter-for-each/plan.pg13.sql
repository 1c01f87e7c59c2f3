-- alter trigger public.items.items_log: for each row (drop and create)
DROP TRIGGER "items_log" ON "public"."items";
CREATE TRIGGER "items_log" AFTER DELETE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
ALTER TABLE "public"."items" DISABLE TRIGGER "items_log";
COMMENT ON TRIGGER "items_log" ON "public"."items" IS 'deletes are logged';
