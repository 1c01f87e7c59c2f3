-- create view public.odd message: create (7 columns)
CREATE VIEW "public"."odd message" ("the id; -- not a comment", "body", "has_semicolon", "has_dashes", "note", "escaped", "dollar") AS (
SELECT message.id AS "the id; -- not a comment",
    message.body,
    (message.body ~~ '%;%'::text) AS has_semicolon,
    (message.body ~~ '%--%'::text) AS has_dashes,
    'it''s; DROP TABLE message; --'::text AS note,
    'tab	here; /* not a comment */'::text AS escaped,
    'dollar; -- quoted'::text AS dollar
   FROM message
  WHERE (message.body <> ';'::text)
);
