-- alter view public.active_person_name: drop for a moment, around the change of view public.active_person
DROP VIEW "public"."active_person_name";
-- alter column public.person.full_name: rename from name
ALTER TABLE "public"."person" RENAME COLUMN "name" TO "full_name";
-- alter view public.active_person: new query (columns changed: drop and create)
DROP VIEW "public"."active_person";
CREATE VIEW "public"."active_person" ("id", "full_name") AS (
SELECT person.id,
    person.full_name
   FROM person
  WHERE person.active
);
-- alter view public.active_person_name: create again in its new form after the change of view public.active_person
CREATE VIEW "public"."active_person_name" ("full_name") AS (
SELECT active_person.full_name
   FROM active_person
);
