-- alter view public.person_name: new query (columns kept, born added at the end)
CREATE OR REPLACE VIEW "public"."person_name" ("id", "name", "born") AS (
SELECT id,
    name,
    born
   FROM person
);
