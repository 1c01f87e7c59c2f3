CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text NOT NULL, body text, tenant int NOT NULL DEFAULT 1);
INSERT INTO public.notes VALUES (1, 'ada', 'first', 1), (2, 'bob', 'second', 2);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
END $$;
CREATE POLICY p ON public.notes TO anon USING (true);
