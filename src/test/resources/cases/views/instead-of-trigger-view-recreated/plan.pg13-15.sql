-- alter trigger public.active_account.active_account_ins: drop for a moment, around the change of view public.active_account
DROP TRIGGER "active_account_ins" ON "public"."active_account";
-- alter trigger public.active_account.active_account_upd: drop for a moment, around the change of view public.active_account
DROP TRIGGER "active_account_upd" ON "public"."active_account";
-- alter view public.active_account: new query (columns changed: drop and create)
DROP VIEW "public"."active_account";
CREATE VIEW "public"."active_account" ("id", "email") AS (
SELECT account.id,
    account.email
   FROM account
  WHERE account.active
);
-- alter trigger public.active_account.active_account_ins: create again after the change of view public.active_account
CREATE TRIGGER "active_account_ins" INSTEAD OF INSERT ON "public"."active_account" FOR EACH ROW EXECUTE FUNCTION "public"."account_ins"();
-- alter trigger public.active_account.active_account_upd: create again in its new form after the change of view public.active_account
CREATE TRIGGER "active_account_upd" INSTEAD OF UPDATE OR DELETE ON "public"."active_account" FOR EACH ROW EXECUTE FUNCTION "public"."account_ins"();
