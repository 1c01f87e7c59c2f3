-- alter view public.item_view: new query (columns changed: drop and create)
DROP VIEW "public"."item_view";
CREATE VIEW "public"."item_view" ("name") AS (
SELECT items.name
   FROM items
);
-- alter view public.item_view: grant select to app_reader
GRANT SELECT ON TABLE "public"."item_view" TO "app_reader";
