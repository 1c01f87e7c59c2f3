CREATE TABLE public.items (id integer, name text);
CREATE VIEW public.item_view AS select id, name from items;
GRANT SELECT ON public.item_view TO app_reader;
