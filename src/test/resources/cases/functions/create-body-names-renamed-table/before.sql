CREATE TABLE public.line_items (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);
INSERT INTO public.line_items SELECT g, g * 1.25 FROM generate_series(1, 40) g;
