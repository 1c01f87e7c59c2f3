-- alter column public.auth_group.name: varchar(80) → varchar(150)
ALTER TABLE "public"."auth_group" ALTER COLUMN "name" TYPE character varying(150) USING "name"::character varying(150);
-- alter column public.auth_permission.name: varchar(50) → varchar(255)
ALTER TABLE "public"."auth_permission" ALTER COLUMN "name" TYPE character varying(255) USING "name"::character varying(255);
-- alter column public.auth_user.username: varchar(30) → varchar(150)
ALTER TABLE "public"."auth_user" ALTER COLUMN "username" TYPE character varying(150) USING "username"::character varying(150);
-- alter column public.auth_user.first_name: varchar(30) → varchar(150)
ALTER TABLE "public"."auth_user" ALTER COLUMN "first_name" TYPE character varying(150) USING "first_name"::character varying(150);
-- alter column public.auth_user.last_name: varchar(30) → varchar(150)
ALTER TABLE "public"."auth_user" ALTER COLUMN "last_name" TYPE character varying(150) USING "last_name"::character varying(150);
