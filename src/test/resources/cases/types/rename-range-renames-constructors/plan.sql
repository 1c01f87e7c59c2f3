-- alter type public.booking_period: rename from period, multirange renamed to booking_period_multirange, constructor functions renamed with it
ALTER TYPE "public"."period" RENAME TO "booking_period";
ALTER TYPE "public"."period_multirange" RENAME TO "booking_period_multirange";
DO $schemasync$
DECLARE r record;
BEGIN
  FOR r IN SELECT p.oid::pg_catalog.regprocedure AS f, t.typname FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'i'
      JOIN pg_catalog.pg_type t ON t.oid = d.refobjid AND t.oid = p.prorettype
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typname IN ('booking_period', 'booking_period_multirange')
        AND p.pronamespace = n.oid AND p.proname <> t.typname LOOP
    EXECUTE pg_catalog.format('ALTER FUNCTION %s RENAME TO %I', r.f, r.typname);
  END LOOP;
END
$schemasync$;
