CREATE TABLE public.documents (id bigint PRIMARY KEY, tenant_id integer NOT NULL, title text NOT NULL);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.documents TO authenticated
  USING (tenant_id = current_setting('app.tenant_id')::integer)
  WITH CHECK (tenant_id = current_setting('app.tenant_id')::integer);
CREATE POLICY titled ON public.documents AS RESTRICTIVE FOR SELECT USING (title <> '');
INSERT INTO public.documents SELECT g, g % 4, 'doc ' || g FROM generate_series(1, 40) g;
