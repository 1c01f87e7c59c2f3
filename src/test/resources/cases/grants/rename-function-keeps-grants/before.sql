CREATE FUNCTION public.add_one(x integer) RETURNS integer LANGUAGE sql AS $$select x + 1$$;
GRANT EXECUTE ON FUNCTION public.add_one(integer) TO app_reader, app_writer;
