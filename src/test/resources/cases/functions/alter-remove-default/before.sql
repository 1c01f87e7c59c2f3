CREATE FUNCTION page(n integer, size integer DEFAULT 50) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT (n - 1) * size$$;
