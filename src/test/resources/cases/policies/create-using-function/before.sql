CREATE TABLE public.accounts (id bigint PRIMARY KEY, tenant_id int NOT NULL);
INSERT INTO public.accounts VALUES (1, 1), (2, 2);
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
