-- create column public.person.full_name: add (text, nullable)
ALTER TABLE "public"."person" ADD COLUMN "full_name" text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED;
