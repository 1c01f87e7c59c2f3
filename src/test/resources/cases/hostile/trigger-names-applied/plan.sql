-- create function public.noop(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."noop"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN RETURN NULL; END
$fn$;
-- create trigger public.victim."x"" ON victim; DROP TABLE victim; --": create (after delete, for each statement)
CREATE TRIGGER "x"" ON victim; DROP TABLE victim; --" AFTER DELETE ON "public"."victim" REFERENCING OLD TABLE AS "o'; DROP TABLE victim; --" FOR EACH STATEMENT EXECUTE FUNCTION "public"."noop"();
COMMENT ON TRIGGER "x"" ON victim; DROP TABLE victim; --" ON "public"."victim" IS '''; DROP TABLE victim; --';
-- create trigger public.victim."y'; DROP TABLE victim; --": create (after insert, for each statement)
CREATE TRIGGER "y'; DROP TABLE victim; --" AFTER INSERT ON "public"."victim" REFERENCING NEW TABLE AS "n""; DROP TABLE victim; --" FOR EACH STATEMENT EXECUTE FUNCTION "public"."noop"();
