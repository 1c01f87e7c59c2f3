CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
GRANT SELECT ON public.orders TO app_reader;
GRANT SELECT, DELETE ON public.orders TO app_writer;
