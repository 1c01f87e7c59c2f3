-- Functions that write, one of them falsely declared IMMUTABLE so that plan's check of volatility lets it through:
-- the read-only transaction of the preflight checks must still stop it.
CREATE TABLE victim (id integer PRIMARY KEY, secret text NOT NULL);
CREATE FUNCTION public.sneaky(v text) RETURNS boolean IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM public.victim;
    PERFORM pg_catalog.nextval('canary.counter');
    RETURN v IS NOT NULL;
END $$;
CREATE FUNCTION public.sneaky_key(v text) RETURNS text IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM public.victim;
    RETURN lower(v);
END $$;
