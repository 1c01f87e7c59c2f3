-- alter view public.positive_account: drop for a moment, around the change of column public.account.balance
DROP VIEW "public"."positive_account";
-- alter column public.account.balance: integer → bigint
ALTER TABLE "public"."account" ALTER COLUMN "balance" TYPE bigint USING "balance"::bigint;
-- alter view public.positive_account: create again in its new form after the change of column public.account.balance
CREATE VIEW "public"."positive_account" ("id", "owner", "balance") WITH (check_option = cascaded, security_barrier = true) AS (
SELECT account.id,
    account.owner,
    account.balance
   FROM account
  WHERE (account.balance > 0)
);
COMMENT ON VIEW "public"."positive_account" IS 'accounts in credit';
