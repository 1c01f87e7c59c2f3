-- alter trigger public.items.items_check: constraint trigger, deferrable initially immediate (drop and create)
DROP TRIGGER "items_check" ON "public"."items";
CREATE CONSTRAINT TRIGGER "items_check" AFTER UPDATE ON "public"."items" DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION "public"."log_change"();
