-- alter trigger public.items.items_log: timing before → after (drop and create)
DROP TRIGGER "items_log" ON "public"."items";
CREATE TRIGGER "items_log" AFTER UPDATE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
