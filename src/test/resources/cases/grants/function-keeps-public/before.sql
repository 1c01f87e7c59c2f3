CREATE FUNCTION public.add_one(x integer) RETURNS integer LANGUAGE sql AS $$select x + 1$$;
