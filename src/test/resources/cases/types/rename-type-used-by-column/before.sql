CREATE TYPE addr AS (street text, city text);
CREATE TABLE customer (id bigint PRIMARY KEY, home addr, previous addr[]);
INSERT INTO customer VALUES (1, ROW('Main St 1', 'Springfield'), NULL);
COMMENT ON TYPE addr IS 'old name';
