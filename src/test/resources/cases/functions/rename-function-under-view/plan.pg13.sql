-- alter function public.full_name(text, text): rename from fullname
ALTER FUNCTION "public"."fullname"(text, text) RENAME TO "full_name";
-- alter view public.person_name: new query (columns kept)
CREATE OR REPLACE VIEW "public"."person_name" ("id", "name") AS (
SELECT person.id,
    full_name(person.first, person.last) AS name
   FROM person
);
