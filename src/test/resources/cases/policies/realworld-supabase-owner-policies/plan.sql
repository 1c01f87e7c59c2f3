-- create schema auth: create
CREATE SCHEMA "auth";
-- create function auth.uid(): create (sql, returns uuid)
CREATE FUNCTION "auth"."uid"()
 RETURNS uuid
 LANGUAGE sql
 STABLE
 AS $fn$
select nullif(coalesce(current_setting('request.jwt.claim.sub', true),
                       current_setting('request.jwt.claims', true)::jsonb ->> 'sub'), '')::uuid
$fn$;
-- create policy public.profiles."Public profiles are viewable by everyone.": create (permissive select to public)
CREATE POLICY "Public profiles are viewable by everyone." ON "public"."profiles" AS PERMISSIVE FOR SELECT TO PUBLIC USING (true);
-- create policy public.profiles."Users can insert their own profile.": create (permissive insert to authenticated)
CREATE POLICY "Users can insert their own profile." ON "public"."profiles" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((auth.uid() = id));
-- create policy public.profiles."Users can update own profile.": create (permissive update to authenticated)
CREATE POLICY "Users can update own profile." ON "public"."profiles" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((( SELECT auth.uid() AS uid) = id));
-- create table public.posts: create (4 columns)
CREATE TABLE "public"."posts" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "author_id" uuid NOT NULL,
    "title" text NOT NULL,
    "published" boolean DEFAULT (false) NOT NULL,
    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);
-- create policy public.posts."anyone reads published posts": create (permissive select to anon, authenticated)
CREATE POLICY "anyone reads published posts" ON "public"."posts" AS PERMISSIVE FOR SELECT TO "anon", "authenticated" USING ((published OR (author_id = auth.uid())));
-- create policy public.posts."authors write their posts": create (permissive all to authenticated)
CREATE POLICY "authors write their posts" ON "public"."posts" AS PERMISSIVE FOR ALL TO "authenticated" USING ((author_id = auth.uid())) WITH CHECK ((author_id = auth.uid()));
-- create constraint public.posts.posts_author_id_fkey: add foreign key (author_id) → public.profiles(id)
ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "public"."profiles" ("id") ON DELETE CASCADE;
-- alter table public.posts: grant select to anon; select, insert, update, delete to authenticated
GRANT SELECT ON TABLE "public"."posts" TO "anon";
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "public"."posts" TO "authenticated";
-- alter table public.posts: enable row level security
ALTER TABLE "public"."posts" ENABLE ROW LEVEL SECURITY;
-- alter table public.profiles: grant select to anon; select, insert, update to authenticated
GRANT SELECT ON TABLE "public"."profiles" TO "anon";
GRANT SELECT, INSERT, UPDATE ON TABLE "public"."profiles" TO "authenticated";
