-- create function public.noop(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."noop"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN RETURN NEW; END
$fn$;
-- create trigger public.victim.victim_args: create (before insert, for each row)
CREATE TRIGGER "victim_args" BEFORE INSERT ON "public"."victim" FOR EACH ROW EXECUTE FUNCTION "public"."noop"('x''); DROP TABLE victim; --', '\''); DROP TABLE victim; --', '$$); DROP TABLE victim; $$', '$fn$ END IF; END $fn$; DROP TABLE victim; --', 'E''\x27''');
