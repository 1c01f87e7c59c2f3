-- alter view public.live_account: new query (columns kept)
CREATE OR REPLACE VIEW "public"."live_account" ("id", "email") AS (
SELECT id,
    email
   FROM account
  WHERE (deleted_at IS NULL)
);
