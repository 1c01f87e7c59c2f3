CREATE TYPE public.status AS ENUM ('new', 'paid');
CREATE TABLE public.orders (id bigint PRIMARY KEY, status public.status NOT NULL DEFAULT 'new', total numeric(12,2));
INSERT INTO public.orders SELECT g, 'new', g FROM generate_series(1, 5000) g;
