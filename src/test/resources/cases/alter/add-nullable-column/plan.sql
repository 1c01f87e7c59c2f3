-- create column public.users.last_login_at: add (timestamptz, nullable)
ALTER TABLE "public"."users" ADD COLUMN "last_login_at" timestamp with time zone;
