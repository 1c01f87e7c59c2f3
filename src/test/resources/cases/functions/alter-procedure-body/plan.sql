-- alter procedure public.note(text): new body, language sql → plpgsql
CREATE OR REPLACE PROCEDURE "public"."note"("what" text)
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  INSERT INTO audit (what) VALUES (upper(what));
END
$fn$;
