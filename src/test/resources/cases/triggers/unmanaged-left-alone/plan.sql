-- create trigger public.items.items_log_insert: create (after insert, for each row)
CREATE TRIGGER "items_log_insert" AFTER INSERT ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
