CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text NOT NULL, body text, tenant int NOT NULL DEFAULT 1);
INSERT INTO public.notes VALUES (1, 'ada', 'first', 1), (2, 'bob', 'second', 2);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.notes USING (owner = current_user);
