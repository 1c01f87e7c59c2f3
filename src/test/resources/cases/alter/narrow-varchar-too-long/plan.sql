-- alter column public.users.name: varchar(20) → varchar(5) [refused]
ALTER TABLE "public"."users" ALTER COLUMN "name" TYPE character varying(5) USING "name"::character varying(5);
