CREATE TABLE public.notes (id bigint PRIMARY KEY, author text NOT NULL, body text);
INSERT INTO public.notes VALUES (1, 'ada', 'a'), (2, 'bob', 'b'), (3, 'cy', 'c');
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
CREATE POLICY authors_read ON public.notes FOR SELECT TO app_reader USING (author = current_user);
