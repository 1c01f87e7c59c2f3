CREATE FUNCTION keep_me() RETURNS integer LANGUAGE sql AS $$SELECT 1$$;
CREATE FUNCTION stray() RETURNS integer LANGUAGE sql AS $$SELECT 2$$;
CREATE PROCEDURE stray_proc() LANGUAGE sql AS $$SELECT 3$$;
CREATE AGGREGATE stray_sum(integer) (SFUNC = int4pl, STYPE = integer);
