CREATE TYPE "Kind" AS ENUM ('draft', 'gone');
CREATE TABLE account (id integer PRIMARY KEY, kind "Kind" NOT NULL DEFAULT 'draft');
INSERT INTO account VALUES (1, 'draft'), (2, 'draft');
