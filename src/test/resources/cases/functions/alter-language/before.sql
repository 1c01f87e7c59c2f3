CREATE FUNCTION clamp(x integer, lo integer, hi integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT greatest(lo, least(hi, x)) $$;
CREATE TABLE reading (id integer PRIMARY KEY, raw integer NOT NULL, level integer GENERATED ALWAYS AS (clamp(raw, 0, 10)) STORED);
INSERT INTO reading (id, raw) VALUES (1, -5), (2, 5), (3, 50);
