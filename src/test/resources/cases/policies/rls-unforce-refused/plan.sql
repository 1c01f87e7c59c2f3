-- alter table public.notes: no force row level security (the owner bypasses the policies again) [refused]
ALTER TABLE "public"."notes" NO FORCE ROW LEVEL SECURITY;
