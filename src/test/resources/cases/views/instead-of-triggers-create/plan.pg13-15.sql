-- create view public.active_account: create (2 columns)
CREATE VIEW "public"."active_account" ("id", "email") AS (
SELECT account.id,
    account.email
   FROM account
  WHERE account.active
);
-- create function public.active_account_delete(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."active_account_delete"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN UPDATE account SET active = false WHERE id = OLD.id; RETURN OLD; END
$fn$;
-- create function public.active_account_insert(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."active_account_insert"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN INSERT INTO account (id, email) VALUES (NEW.id, NEW.email); RETURN NEW; END
$fn$;
-- create function public.note_write(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."note_write"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME; RETURN NULL; END
$fn$;
-- create trigger public.active_account.active_account_audit: create (after insert or update or delete, for each statement)
CREATE TRIGGER "active_account_audit" AFTER INSERT OR UPDATE OR DELETE ON "public"."active_account" FOR EACH STATEMENT EXECUTE FUNCTION "public"."note_write"('view');
-- create trigger public.active_account.active_account_delete: create (instead of delete, for each row)
CREATE TRIGGER "active_account_delete" INSTEAD OF DELETE ON "public"."active_account" FOR EACH ROW EXECUTE FUNCTION "public"."active_account_delete"();
COMMENT ON TRIGGER "active_account_delete" ON "public"."active_account" IS 'deleting through the view deactivates';
-- create trigger public.active_account.active_account_insert: create (instead of insert, for each row)
CREATE TRIGGER "active_account_insert" INSTEAD OF INSERT ON "public"."active_account" FOR EACH ROW EXECUTE FUNCTION "public"."active_account_insert"();
