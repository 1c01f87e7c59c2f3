CREATE TABLE secret (id integer PRIMARY KEY, value text NOT NULL);
INSERT INTO secret VALUES (1, 'a'), (2, 'b');
CREATE FUNCTION secret_count() RETURNS bigint LANGUAGE sql STABLE AS $$SELECT count(*) FROM public.secret$$;
