-- alter trigger public.items.items_log: for each row (create or replace)
CREATE OR REPLACE TRIGGER "items_log" AFTER DELETE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
ALTER TABLE "public"."items" DISABLE TRIGGER "items_log";
