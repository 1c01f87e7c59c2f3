-- A function the YAML gives an owner and grants is created anew (its argument is renamed), and the view that
-- calls it, which also has grants, is dropped and created again around it: the owners and grants of both come
-- back in the same transaction.
CREATE TABLE public.orders (id bigint PRIMARY KEY, total integer NOT NULL);
INSERT INTO public.orders VALUES (1, 10), (2, 25), (3, 7);
CREATE FUNCTION public.is_big(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 8 $$;
REVOKE EXECUTE ON FUNCTION public.is_big(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_big(integer) TO app_reader;
ALTER FUNCTION public.is_big(integer) OWNER TO app_owner;
CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE public.is_big(total);
GRANT SELECT ON public.big_orders TO app_reader;
