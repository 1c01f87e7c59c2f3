CREATE TYPE status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE page (id bigint PRIMARY KEY, status status NOT NULL DEFAULT 'draft',
                   CONSTRAINT visible CHECK (status <> 'published' OR id > 0));
INSERT INTO page VALUES (1, 'draft'), (2, 'published');
