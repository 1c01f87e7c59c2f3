CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text NOT NULL);
