-- create policy public.items.delete_own: create (permissive delete to authenticated)
CREATE POLICY "delete_own" ON "public"."items" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((owner_name = CURRENT_USER));
COMMENT ON POLICY "delete_own" ON "public"."items" IS 'owners delete their own items';
-- create policy public.items.insert_own: create (permissive insert to authenticated)
CREATE POLICY "insert_own" ON "public"."items" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((owner_name = CURRENT_USER));
-- create policy public.items.read_published: create (permissive select to anon, authenticated)
CREATE POLICY "read_published" ON "public"."items" AS PERMISSIVE FOR SELECT TO "anon", "authenticated" USING (published);
-- create policy public.items.update_own: create (permissive update to authenticated)
CREATE POLICY "update_own" ON "public"."items" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((owner_name = CURRENT_USER)) WITH CHECK (((owner_name = CURRENT_USER) AND (published IS NOT NULL)));
