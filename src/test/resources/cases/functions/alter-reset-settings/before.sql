CREATE FUNCTION tuned() RETURNS integer LANGUAGE sql
    SET work_mem = '64MB' SET search_path = public, "$user" SET statement_timeout = '1s'
    AS $$SELECT 1$$;
