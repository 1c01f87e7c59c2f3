CREATE FUNCTION fmt(x integer) RETURNS text LANGUAGE sql AS $$SELECT x::text$$;
CREATE FUNCTION fmt(x numeric) RETURNS text LANGUAGE sql AS $$SELECT x::text$$;
CREATE FUNCTION fmt(x date) RETURNS text LANGUAGE sql AS $$SELECT x::text$$;
