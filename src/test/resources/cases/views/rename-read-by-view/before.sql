CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL, status text NOT NULL);
CREATE VIEW public.open_orders AS SELECT id, total FROM public.orders WHERE status = 'open';
CREATE VIEW public.open_total AS SELECT sum(total) AS total FROM public.open_orders;
COMMENT ON VIEW public.open_orders IS 'orders not yet paid';
INSERT INTO public.orders SELECT g, g * 2.5, CASE WHEN g % 3 = 0 THEN 'open' ELSE 'paid' END FROM generate_series(1, 30) g;
