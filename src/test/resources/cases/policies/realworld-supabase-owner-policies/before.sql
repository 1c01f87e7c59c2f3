CREATE TABLE public.profiles (id uuid PRIMARY KEY, username text);
INSERT INTO public.profiles VALUES ('00000000-0000-0000-0000-000000000001', 'ada');
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
