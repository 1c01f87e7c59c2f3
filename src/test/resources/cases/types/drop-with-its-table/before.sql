CREATE TYPE legacy_address AS (line1 text, line2 text);
CREATE TABLE old_customer (id bigint PRIMARY KEY, addr legacy_address[]);
INSERT INTO old_customer VALUES (1, ARRAY[ROW('a', 'b')::legacy_address]);
