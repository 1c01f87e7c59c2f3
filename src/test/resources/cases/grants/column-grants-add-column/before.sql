CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
GRANT UPDATE (total) ON public.orders TO app_writer;
