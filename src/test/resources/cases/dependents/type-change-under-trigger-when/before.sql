CREATE TABLE public.accounts (id bigint PRIMARY KEY, balance integer NOT NULL, updated_at timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE OF balance ON public.accounts FOR EACH ROW
  WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION public.touch();
CREATE TRIGGER accounts_audit AFTER UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
INSERT INTO public.accounts SELECT g, g * 10 FROM generate_series(1, 30) g;
