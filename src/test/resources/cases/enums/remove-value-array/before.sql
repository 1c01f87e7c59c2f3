CREATE TYPE tag AS ENUM ('red', 'green', 'blue', 'legacy');
CREATE TABLE item (id bigint PRIMARY KEY, tags tag[] NOT NULL DEFAULT '{}', main tag);
CREATE INDEX item_main_idx ON item (main);
INSERT INTO item VALUES (1, '{red,legacy}', 'red'), (2, '{legacy}', 'blue'), (3, '{green,blue}', NULL), (4, '{}', 'green');
