-- create procedure public.harmless(): create (plpgsql)
CREATE PROCEDURE "public"."harmless"()
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  PERFORM $$; DROP TABLE victim; $$;
  PERFORM 'END $$; DROP TABLE victim; --';
END
$fn$;
