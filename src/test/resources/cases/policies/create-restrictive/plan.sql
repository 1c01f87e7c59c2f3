-- create policy public.docs.hide_archived: create (restrictive select to public)
CREATE POLICY "hide_archived" ON "public"."docs" AS RESTRICTIVE FOR SELECT TO PUBLIC USING ((NOT archived));
-- create policy public.docs.tenant_rows: create (permissive all to public)
CREATE POLICY "tenant_rows" ON "public"."docs" AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant = (current_setting('app.tenant'::text, true))::integer));
