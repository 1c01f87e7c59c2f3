-- A view's own query changes its columns (CREATE OR REPLACE cannot drop one): it is dropped and created again, and
-- the owner and grants the YAML gives it are set again in the same transaction, so no "privileges lost" note.
CREATE TABLE public.orders (id bigint PRIMARY KEY, total integer NOT NULL, note text);
INSERT INTO public.orders VALUES (1, 10, 'a'), (2, 25, NULL), (3, 7, 'c');
CREATE VIEW public.order_list AS SELECT id, total, note FROM public.orders;
GRANT SELECT ON public.order_list TO app_reader;
ALTER VIEW public.order_list OWNER TO app_owner;
