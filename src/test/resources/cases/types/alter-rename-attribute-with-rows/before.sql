CREATE TYPE address AS (street text, town text);
CREATE TABLE customer (id bigint PRIMARY KEY, home address);
INSERT INTO customer VALUES (1, ROW('Main St 1', 'Springfield'));
