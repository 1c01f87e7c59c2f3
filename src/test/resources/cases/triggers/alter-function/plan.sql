-- alter trigger public.items.items_changed: function public.touch (create or replace)
CREATE OR REPLACE TRIGGER "items_changed" BEFORE UPDATE ON "public"."items" FOR EACH ROW EXECUTE FUNCTION "public"."touch"();
