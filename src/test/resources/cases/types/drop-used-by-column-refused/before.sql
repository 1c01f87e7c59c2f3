CREATE TYPE legacy_address AS (line1 text, line2 text);
CREATE TABLE customer (id bigint PRIMARY KEY, addr legacy_address);
INSERT INTO customer VALUES (1, ROW('a', 'b'));
CREATE FUNCTION first_line(a legacy_address) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (a).line1 $$;
