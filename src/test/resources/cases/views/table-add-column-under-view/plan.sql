-- create column public.member.email: add (text, nullable)
ALTER TABLE "public"."member" ADD COLUMN "email" text;
-- alter view public.member_all: new query (columns kept, email added at the end)
CREATE OR REPLACE VIEW "public"."member_all" ("id", "name", "email") AS (
SELECT id,
    name,
    email
   FROM member
);
