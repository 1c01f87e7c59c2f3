-- alter trigger public.items.items_log: new arguments (create or replace)
CREATE OR REPLACE TRIGGER "items_log" AFTER INSERT ON "public"."items" FOR EACH STATEMENT EXECUTE FUNCTION "public"."log_change"('v2', 'it''s');
