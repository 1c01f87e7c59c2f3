CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
ALTER TABLE public.orders OWNER TO app_owner;
GRANT SELECT ON public.orders TO app_reader;
