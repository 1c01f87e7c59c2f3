-- alter column public.person.full_name: rename from name
ALTER TABLE "public"."person" RENAME COLUMN "name" TO "full_name";
-- alter view public.person_name: new query (columns kept)
CREATE OR REPLACE VIEW "public"."person_name" ("id", "name") AS (
SELECT person.id,
    person.full_name AS name
   FROM person
);
