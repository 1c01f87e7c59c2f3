CREATE TABLE public.notes (id bigint PRIMARY KEY, author text NOT NULL, body text);
INSERT INTO public.notes VALUES (1, 'ada', 'a'), (2, 'bob', 'b'), (3, 'cy', 'c');
