CREATE TABLE public.items (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
INSERT INTO public.items VALUES (1, 'ada', true), (2, 'bob', false);
