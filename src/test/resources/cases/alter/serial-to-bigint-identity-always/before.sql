CREATE TABLE "Orders" ("Id" serial PRIMARY KEY, note text);
INSERT INTO "Orders" (note) SELECT 'n' || g FROM generate_series(1, 6) g;
DELETE FROM "Orders" WHERE "Id" > 4;
