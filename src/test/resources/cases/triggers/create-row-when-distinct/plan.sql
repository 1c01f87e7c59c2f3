-- create function public.touch_email_changed_at(): create (plpgsql, returns trigger)
CREATE FUNCTION "public"."touch_email_changed_at"()
 RETURNS trigger
 LANGUAGE plpgsql
 AS $fn$
BEGIN
  NEW.email_changed_at := now();
  RETURN NEW;
END
$fn$;
-- create trigger public.users.users_email_changed: create (before update, for each row)
CREATE TRIGGER "users_email_changed" BEFORE UPDATE ON "public"."users" FOR EACH ROW WHEN ((old.email IS DISTINCT FROM new.email)) EXECUTE FUNCTION "public"."touch_email_changed_at"();
