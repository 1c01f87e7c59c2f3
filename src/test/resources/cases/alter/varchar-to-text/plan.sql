-- alter column public.users.name: varchar(20) → text
ALTER TABLE "public"."users" ALTER COLUMN "name" TYPE text USING "name"::text;
