CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
GRANT SELECT, INSERT, DELETE ON public.orders TO app_writer;
