-- alter view public.person_name: new query (columns kept)
CREATE OR REPLACE VIEW "public"."person_name" ("id", "name", "born") AS (
SELECT person.id,
    person.name,
    person.born
   FROM person
);
