-- alter column public.client.name: rename from nm
ALTER TABLE "public"."client" RENAME COLUMN "nm" TO "name";
-- alter view public.client_name: new query (columns kept)
CREATE OR REPLACE VIEW "public"."client_name" ("id", "name") AS (
SELECT client.id,
    client.name
   FROM client
);
-- alter view public.client_raw: new query (columns changed: drop and create)
DROP VIEW "public"."client_raw";
CREATE VIEW "public"."client_raw" ("id", "name") AS (
SELECT client.id,
    client.name
   FROM client
);
