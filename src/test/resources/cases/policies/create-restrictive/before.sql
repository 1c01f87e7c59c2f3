CREATE TABLE public.docs (id bigint PRIMARY KEY, tenant int NOT NULL, archived boolean NOT NULL DEFAULT false);
INSERT INTO public.docs VALUES (1, 1, false), (2, 2, true);
