-- orders becomes purchases, keeping its rows and its privileges; a new orders takes the name with privileges of
-- its own. The privileges of the live orders are the renamed table's, not the new one's: nothing is revoked from
-- purchases, and the new orders gets only what the YAML grants it.
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
GRANT SELECT ON public.orders TO app_reader;
GRANT SELECT, INSERT ON public.orders TO app_writer;
INSERT INTO public.orders SELECT i, i * 10, 'order ' || i FROM generate_series(1, 40) AS i;
