-- create table public.notes: create (3 columns)
CREATE TABLE "public"."notes" (
    "id" bigint NOT NULL,
    "author" text NOT NULL,
    "body" text,
    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
-- create policy public.notes.authors_read: create (permissive select to app_reader)
CREATE POLICY "authors_read" ON "public"."notes" AS PERMISSIVE FOR SELECT TO "app_reader" USING ((author = CURRENT_USER));
-- alter table public.notes: enable row level security, force row level security
ALTER TABLE "public"."notes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "public"."notes" FORCE ROW LEVEL SECURITY;
