-- create trigger public.items.items_touch: create (before update, for each row)
CREATE TRIGGER "items_touch" BEFORE UPDATE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."touch"();
-- drop trigger public.items.items_log: drop
DROP TRIGGER "items_log" ON "public"."items";
