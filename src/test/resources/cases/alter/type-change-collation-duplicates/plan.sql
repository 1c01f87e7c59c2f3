-- alter column public.member.handle: collation case_insensitive [refused]
ALTER TABLE "public"."member" ALTER COLUMN "handle" TYPE text COLLATE "case_insensitive" USING "handle"::text;
