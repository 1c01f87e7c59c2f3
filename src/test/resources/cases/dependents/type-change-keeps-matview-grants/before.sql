-- A column's type changes under a materialized view the YAML gives grants, an owner and an index: the view is
-- dropped and created again around the change (with its data and index), and its owner and grants come back in
-- the same transaction.
CREATE TABLE public.orders (id bigint PRIMARY KEY, total integer NOT NULL);
INSERT INTO public.orders VALUES (1, 10), (2, 25), (3, 7);
CREATE MATERIALIZED VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 8;
CREATE UNIQUE INDEX big_orders_id ON public.big_orders (id);
GRANT SELECT ON public.big_orders TO app_reader;
ALTER MATERIALIZED VIEW public.big_orders OWNER TO app_owner;
