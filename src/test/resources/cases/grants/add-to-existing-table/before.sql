CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);
INSERT INTO public.orders VALUES (1, 10, 'x');
