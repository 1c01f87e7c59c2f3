CREATE DOMAIN tag AS text CONSTRAINT tag_not_blank CHECK (VALUE <> '');
CREATE TABLE post (id bigint PRIMARY KEY, tags tag[]);
INSERT INTO post VALUES (1, '{news,tech}'), (2, '{}'), (3, NULL);
