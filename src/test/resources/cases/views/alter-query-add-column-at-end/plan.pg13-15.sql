-- alter view public.person_name: new query (columns kept, born added at the end)
CREATE OR REPLACE VIEW "public"."person_name" ("id", "name", "born") AS (
SELECT person.id,
    person.name,
    person.born
   FROM person
);
