CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, what text NOT NULL);
CREATE PROCEDURE note(what text) LANGUAGE sql AS $$INSERT INTO audit (what) VALUES (what)$$;
CALL note('first');
