-- A column's type changes under a view the YAML gives grants and an owner: the view is dropped and created again
-- around the change, and comes back owned by the role that applies, with no grants. Its grants and owner are planned
-- again after it, in the same transaction (before, the apply's verification found them missing and rolled back).
CREATE TABLE public.orders (id bigint PRIMARY KEY, total integer NOT NULL);
INSERT INTO public.orders VALUES (1, 10), (2, 25), (3, 7);
CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 8;
GRANT SELECT ON public.big_orders TO app_reader;
ALTER VIEW public.big_orders OWNER TO app_owner;
