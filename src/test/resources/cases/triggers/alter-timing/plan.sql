-- alter trigger public.items.items_log: timing before → after (create or replace)
CREATE OR REPLACE TRIGGER "items_log" AFTER UPDATE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
