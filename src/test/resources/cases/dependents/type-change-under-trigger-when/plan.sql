-- alter trigger public.accounts.accounts_touch: drop for a moment, around the change of column public.accounts.balance
DROP TRIGGER "accounts_touch" ON "public"."accounts";
-- alter column public.accounts.balance: integer → bigint
ALTER TABLE "public"."accounts" ALTER COLUMN "balance" TYPE bigint USING "balance"::bigint;
-- alter trigger public.accounts.accounts_touch: create again after the change of column public.accounts.balance
CREATE TRIGGER "accounts_touch" BEFORE UPDATE OF "balance" ON "public"."accounts" FOR EACH ROW WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION "public"."touch"();
