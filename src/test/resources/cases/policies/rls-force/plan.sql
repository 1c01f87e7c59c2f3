-- alter table public.notes: force row level security
ALTER TABLE "public"."notes" FORCE ROW LEVEL SECURITY;
