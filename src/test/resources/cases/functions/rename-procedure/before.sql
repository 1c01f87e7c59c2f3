CREATE PROCEDURE cleanup(days integer) LANGUAGE sql AS $$SELECT days$$;
