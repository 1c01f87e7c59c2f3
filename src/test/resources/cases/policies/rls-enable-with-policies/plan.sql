-- create policy public.notes.authors_read: create (permissive select to app_reader)
CREATE POLICY "authors_read" ON "public"."notes" AS PERMISSIVE FOR SELECT TO "app_reader" USING ((author = CURRENT_USER));
-- alter table public.notes: enable row level security
ALTER TABLE "public"."notes" ENABLE ROW LEVEL SECURITY;
