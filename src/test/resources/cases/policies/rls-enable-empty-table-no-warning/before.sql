CREATE TABLE public.notes (id bigint PRIMARY KEY, author text NOT NULL, body text);
