-- alter trigger public.items.items_log: events update → insert or update or delete (drop and create)
DROP TRIGGER "items_log" ON "public"."items";
CREATE TRIGGER "items_log" AFTER INSERT OR UPDATE OR DELETE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
