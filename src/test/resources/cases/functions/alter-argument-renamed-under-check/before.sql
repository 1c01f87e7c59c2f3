CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT n % 2 = 0$$;
CREATE TABLE pair (id integer PRIMARY KEY, size integer NOT NULL CONSTRAINT pair_size_even CHECK (is_even(size)));
INSERT INTO pair VALUES (1, 2), (2, 4);
