-- alter trigger public.items.items_touch: update of price, name (create or replace)
CREATE OR REPLACE TRIGGER "items_touch" BEFORE UPDATE OF "price", "name" ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."touch"();
