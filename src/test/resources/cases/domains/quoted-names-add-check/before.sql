CREATE DOMAIN "Email Address" AS text CONSTRAINT "has an @" CHECK (VALUE LIKE '%@%');
CREATE TABLE "User" ("Id" bigint PRIMARY KEY, "E-mail" "Email Address");
INSERT INTO "User" VALUES (1, 'ada@example.com'), (2, 'value@example.com'), (3, 'VALUE@EXAMPLE.COM');
