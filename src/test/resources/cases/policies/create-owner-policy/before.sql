CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text NOT NULL, body text);
INSERT INTO public.notes VALUES (1, 'ada', 'first'), (2, 'bob', 'second');
