CREATE FUNCTION bounds(xs integer[], OUT lo integer, OUT hi integer) LANGUAGE sql AS $$SELECT min(x), max(x) FROM unnest(xs) x$$;
