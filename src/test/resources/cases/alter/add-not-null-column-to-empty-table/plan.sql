-- create column public.users.region: add (text, not null)
ALTER TABLE "public"."users" ADD COLUMN "region" text NOT NULL;
