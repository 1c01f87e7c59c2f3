-- create function public.handle_new_user(): create (plpgsql, returns trigger, security definer)
CREATE FUNCTION "public"."handle_new_user"()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path = ''
 AS $fn$
BEGIN
  INSERT INTO public.profiles (id, full_name, avatar_url)
  VALUES (NEW.id, NEW.raw_user_meta_data->>'full_name', NEW.raw_user_meta_data->>'avatar_url');
  RETURN NEW;
END
$fn$;
-- create trigger auth.users.on_auth_user_created: create (after insert, for each row)
CREATE TRIGGER "on_auth_user_created" AFTER INSERT ON "auth"."users" FOR EACH ROW EXECUTE FUNCTION "public"."handle_new_user"();
-- create table public.profiles: create (3 columns)
CREATE TABLE "public"."profiles" (
    "id" uuid NOT NULL,
    "full_name" text,
    "avatar_url" text,
    CONSTRAINT "profiles_pkey" PRIMARY KEY ("id")
);
-- create constraint public.profiles.profiles_id_fkey: add foreign key (id) → auth.users(id)
ALTER TABLE "public"."profiles" ADD CONSTRAINT "profiles_id_fkey" FOREIGN KEY ("id") REFERENCES "auth"."users" ("id") ON DELETE CASCADE;
