CREATE TYPE public.status AS ENUM ('new', 'paid');
CREATE TABLE public.customer (id bigint PRIMARY KEY, name text, code integer);
INSERT INTO public.customer SELECT g, 'customer ' || g, g FROM generate_series(1, 2000) g;
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint, status public.status NOT NULL DEFAULT 'new',
                            total numeric(12,2));
INSERT INTO public.orders SELECT g, 1 + g % 2000, 'new', g FROM generate_series(1, 5000) g;
