-- alter view public.live_account: new query (columns kept)
CREATE OR REPLACE VIEW "public"."live_account" ("id", "email") AS (
SELECT account.id,
    account.email
   FROM account
  WHERE (account.deleted_at IS NULL)
);
