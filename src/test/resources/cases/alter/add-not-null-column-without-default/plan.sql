-- create column public.users.region: add (text, not null) [refused]
ALTER TABLE "public"."users" ADD COLUMN "region" text NOT NULL;
