-- alter trigger public.live_account.live_account_delete: rename from live_account_del
ALTER TRIGGER "live_account_del" ON "public"."live_account" RENAME TO "live_account_delete";
-- alter trigger public.live_account.live_account_ins: function public.ins_b (drop and create)
DROP TRIGGER "live_account_ins" ON "public"."live_account";
CREATE TRIGGER "live_account_ins" INSTEAD OF INSERT ON "public"."live_account" FOR EACH ROW EXECUTE FUNCTION "public"."ins_b"();
-- drop trigger public.live_account.live_account_upd: drop
DROP TRIGGER "live_account_upd" ON "public"."live_account";
