-- alter trigger public.items.items_log: events update → insert or update or delete (create or replace)
CREATE OR REPLACE TRIGGER "items_log" AFTER INSERT OR UPDATE OR DELETE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
