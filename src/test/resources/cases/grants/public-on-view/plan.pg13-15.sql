-- create table public.items: create (2 columns)
CREATE TABLE "public"."items" (
    "id" integer NOT NULL,
    "name" text,
    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);
-- create view public.item_names: create (2 columns)
CREATE VIEW "public"."item_names" ("id", "name") AS (
SELECT items.id,
    items.name
   FROM items
);
-- alter view public.item_names: grant select to app_reader; select to public
GRANT SELECT ON TABLE "public"."item_names" TO "app_reader";
GRANT SELECT ON TABLE "public"."item_names" TO PUBLIC;
