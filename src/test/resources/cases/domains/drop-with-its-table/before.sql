CREATE DOMAIN legacy_code AS char(4);
CREATE TABLE legacy_item (id bigint PRIMARY KEY, code legacy_code);
CREATE TABLE item (id bigint PRIMARY KEY, name text);
INSERT INTO legacy_item VALUES (1, 'ABCD');
INSERT INTO item VALUES (1, 'pen');
