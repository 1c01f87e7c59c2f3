-- create function public.recompute_total(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."recompute_total"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  NEW.total := NEW.price * NEW.qty;
  RETURN NEW;
END
$fn$;
-- create trigger public.line_items.line_items_total: create (before insert or update of qty, price, for each row)
CREATE TRIGGER "line_items_total" BEFORE INSERT OR UPDATE OF "qty", "price" ON "public"."line_items" FOR EACH ROW EXECUTE FUNCTION "public"."recompute_total"();
