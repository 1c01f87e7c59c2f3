CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
GRANT SELECT, DELETE ON public.orders TO app_writer;
ALTER TABLE public.orders OWNER TO app_owner;
