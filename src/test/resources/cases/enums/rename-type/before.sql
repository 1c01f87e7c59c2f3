CREATE TYPE status AS ENUM ('draft', 'live');
CREATE TABLE page (id bigint PRIMARY KEY, status status NOT NULL DEFAULT 'draft', history status[],
                   CONSTRAINT live_only CHECK (status = 'live' OR id < 100));
CREATE INDEX page_live ON page (id) WHERE status = 'live';
INSERT INTO page VALUES (1, 'draft', '{draft}'), (2, 'live', '{draft,live}');
