-- alter trigger public.items.items_log: new arguments (drop and create)
DROP TRIGGER "items_log" ON "public"."items";
CREATE TRIGGER "items_log" AFTER INSERT ON "public"."items" FOR EACH STATEMENT EXECUTE FUNCTION "public"."log_change"('v2', 'it''s');
