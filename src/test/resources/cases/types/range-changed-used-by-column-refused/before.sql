CREATE TYPE period AS RANGE (subtype = timestamptz);
CREATE TABLE booking (id bigint PRIMARY KEY, during period NOT NULL);
INSERT INTO booking VALUES (1, '[2026-01-01,2026-01-08)'), (2, '[2026-02-01,2026-02-03)');
CREATE FUNCTION nights(p period) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (upper(p)::date - lower(p)::date) $$;
