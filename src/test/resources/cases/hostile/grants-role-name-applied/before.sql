CREATE TABLE public.victim (id integer PRIMARY KEY, secret text NOT NULL);
INSERT INTO public.victim VALUES (1, 'keep me');
