CREATE DOMAIN tag AS text;
CREATE TABLE post (id bigint PRIMARY KEY, tags tag[]);
INSERT INTO post VALUES (1, '{news,tech}'), (2, NULL);
