CREATE TABLE victim (id integer PRIMARY KEY, secret text NOT NULL);
INSERT INTO victim VALUES (1, 'keep me'), (2, 'and me');
CREATE TABLE "café" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "naïve" text NOT NULL
);
INSERT INTO "café" ("naïve") VALUES ('oui'), ('non');
