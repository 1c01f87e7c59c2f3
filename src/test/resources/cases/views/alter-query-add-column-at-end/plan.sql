-- alter view public.person_name: new query (columns kept)
CREATE OR REPLACE VIEW "public"."person_name" ("id", "name", "born") AS (
SELECT id,
    name,
    born
   FROM person
);
