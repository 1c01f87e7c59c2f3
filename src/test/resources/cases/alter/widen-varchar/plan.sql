-- alter column public.users.name: varchar(20) → varchar(50)
ALTER TABLE "public"."users" ALTER COLUMN "name" TYPE character varying(50) USING "name"::character varying(50);
