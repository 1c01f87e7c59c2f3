-- create view public.author_stats: create (5 columns)
CREATE VIEW "public"."author_stats" ("id", "name", "books", "pages", "longest") AS (
WITH per_author AS (
         SELECT b.author_id,
            count(*) AS books,
            sum(b.pages) AS pages,
            max(b.pages) AS longest
           FROM book b
          GROUP BY b.author_id
         HAVING (count(*) > 0)
        )
 SELECT a.id,
    a.name,
    COALESCE(p.books, (0)::bigint) AS books,
    p.pages,
    p.longest
   FROM (author a
     LEFT JOIN per_author p ON ((p.author_id = a.id)))
  ORDER BY a.name
);
