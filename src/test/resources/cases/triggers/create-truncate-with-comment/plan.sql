-- create function public.forbid_truncate(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."forbid_truncate"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  RAISE EXCEPTION 'the ledger is never truncated';
END
$fn$;
-- create trigger public.ledger.ledger_no_truncate: create (before truncate, for each statement)
CREATE TRIGGER "ledger_no_truncate" BEFORE TRUNCATE ON "public"."ledger" FOR EACH STATEMENT EXECUTE FUNCTION "public"."forbid_truncate"();
COMMENT ON TRIGGER "ledger_no_truncate" ON "public"."ledger" IS 'Truncating the ledger loses history; it''s refused';
