-- create function public.credit(bigint, numeric): create (plpgsql, returns numeric, security definer)
CREATE FUNCTION "public"."credit"("account_id" bigint, "amount" numeric)
 RETURNS numeric
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET lock_timeout = '2s'
 SET search_path = 'pg_catalog', 'public'
 AS $fn$
DECLARE
  result numeric;
BEGIN
  UPDATE account SET balance = balance + amount WHERE id = account_id
  RETURNING balance INTO result;
  RETURN result;
END
$fn$;
COMMENT ON FUNCTION "public"."credit"(bigint, numeric) IS 'Adds to an account''s balance as the function''s owner';
-- create function public.whoami(): create (sql, returns text, security definer)
CREATE FUNCTION "public"."whoami"()
 RETURNS text
 LANGUAGE sql
 SECURITY DEFINER
 AS $fn$
SELECT current_user::text
$fn$;
-- create table public.account: create (3 columns)
CREATE TABLE "public"."account" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "email" text NOT NULL,
    "balance" numeric(12,2) DEFAULT (0) NOT NULL,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
-- create function public.account_count(): create (sql, returns bigint, security definer)
CREATE FUNCTION "public"."account_count"()
 RETURNS bigint
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path = ''
 AS $fn$
SELECT count(*) FROM public.account
$fn$;
