-- alter procedure public.purge_old(integer): rename from cleanup, new body
ALTER PROCEDURE "public"."cleanup"(integer) RENAME TO "purge_old";
CREATE OR REPLACE PROCEDURE "public"."purge_old"("days" integer)
 LANGUAGE sql
 AS $fn$
SELECT days + 0
$fn$;
