-- create procedure public.balance(numeric): create (sql, security definer)
CREATE PROCEDURE "public"."balance"(INOUT "total" numeric)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path = 'public'
 AS $fn$
SELECT coalesce(sum(amount), 0) FROM ledger
$fn$;
-- create procedure public.record_entry(numeric, text): create (plpgsql)
CREATE PROCEDURE "public"."record_entry"("amount" numeric, "note" text DEFAULT (NULL::text))
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  INSERT INTO ledger (amount) VALUES (amount);
END
$fn$;
COMMENT ON PROCEDURE "public"."record_entry"(numeric, text) IS 'Writes one ledger line';
