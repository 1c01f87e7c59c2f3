-- alter table public.notes: disable row level security (its policies stop applying)
ALTER TABLE "public"."notes" DISABLE ROW LEVEL SECURITY;
