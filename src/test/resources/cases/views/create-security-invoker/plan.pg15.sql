-- create view public.my_document: create (2 columns)
CREATE VIEW "public"."my_document" ("id", "body") WITH (security_barrier = true, security_invoker = true) AS (
SELECT document.id,
    document.body
   FROM document
  WHERE (document.owner = CURRENT_USER)
);
