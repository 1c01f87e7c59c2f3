CREATE TABLE public.orders (tenant_id bigint NOT NULL, id bigint NOT NULL, PRIMARY KEY (tenant_id, id));
INSERT INTO public.orders SELECT t, i FROM generate_series(1, 3) t, generate_series(1, 10) i;
