-- alter trigger public.items.items_check: deferrable initially deferred (drop and create)
DROP TRIGGER "items_check" ON "public"."items";
CREATE CONSTRAINT TRIGGER "items_check" AFTER INSERT OR UPDATE ON "public"."items" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
COMMENT ON TRIGGER "items_check" ON "public"."items" IS 'checked at commit';
