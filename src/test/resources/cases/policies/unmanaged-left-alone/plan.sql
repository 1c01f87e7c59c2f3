-- create policy public.notes.managed: create (permissive select to public)
CREATE POLICY "managed" ON "public"."notes" AS PERMISSIVE FOR SELECT TO PUBLIC USING ((tenant = 1));
