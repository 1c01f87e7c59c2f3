CREATE FUNCTION ratio(a integer, b integer) RETURNS integer LANGUAGE sql AS $$SELECT a / b$$;
COMMENT ON FUNCTION ratio(integer, integer) IS 'a over b';
