-- create policy public.notes.owner_only: create (permissive all to public)
CREATE POLICY "owner_only" ON "public"."notes" AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER));
