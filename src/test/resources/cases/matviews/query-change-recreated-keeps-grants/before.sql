-- A materialized view's own query changes (there is no CREATE OR REPLACE for it): it is dropped and created again,
-- and the owner and grants the YAML gives it are set again in the same transaction, so no "privileges lost" note.
CREATE TABLE public.orders (id bigint PRIMARY KEY, total integer NOT NULL);
INSERT INTO public.orders VALUES (1, 10), (2, 25), (3, 7);
CREATE MATERIALIZED VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 8;
GRANT SELECT ON public.big_orders TO app_reader;
ALTER MATERIALIZED VIEW public.big_orders OWNER TO app_owner;
