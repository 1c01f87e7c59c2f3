-- create function public.check_balance(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."check_balance"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  IF NEW.balance < 0 THEN
    RAISE EXCEPTION 'account % would be overdrawn', NEW.id;
  END IF;
  RETURN NULL;
END
$fn$;
-- create trigger public.accounts.accounts_balance_check: create (constraint, after insert or update, for each row, deferrable initially deferred)
CREATE CONSTRAINT TRIGGER "accounts_balance_check" AFTER INSERT OR UPDATE ON "public"."accounts" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "public"."check_balance"();
-- create trigger public.accounts.accounts_balance_check_now: create (constraint, after update, for each row)
CREATE CONSTRAINT TRIGGER "accounts_balance_check_now" AFTER UPDATE ON "public"."accounts" NOT DEFERRABLE FOR EACH ROW EXECUTE FUNCTION "public"."check_balance"();
