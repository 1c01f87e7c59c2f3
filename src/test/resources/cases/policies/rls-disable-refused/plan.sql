-- alter table public.notes: disable row level security (its policies stop applying) [refused]
ALTER TABLE "public"."notes" DISABLE ROW LEVEL SECURITY;
