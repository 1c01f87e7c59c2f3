CREATE FUNCTION page(n integer, size integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT (n - 1) * size$$;
CREATE VIEW first_page AS SELECT page(1, 20) AS off;
