-- create function public.set_updated_at(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."set_updated_at"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$fn$;
-- create trigger public.posts.posts_set_updated_at: create (before update, for each row)
CREATE TRIGGER "posts_set_updated_at" BEFORE UPDATE ON "public"."posts" FOR EACH ROW EXECUTE FUNCTION "public"."set_updated_at"();
