CREATE TYPE addr AS (street text, town text);
CREATE TABLE customer (id bigint PRIMARY KEY, home addr);
INSERT INTO customer VALUES (1, ROW('Main St 1', 'Springfield'));
CREATE FUNCTION town_of(a addr) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT $1.town $$;
