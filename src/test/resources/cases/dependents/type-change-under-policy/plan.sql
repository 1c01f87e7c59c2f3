-- alter policy public.documents.tenant_isolation: drop for a moment, around the change of column public.documents.tenant_id
DROP POLICY "tenant_isolation" ON "public"."documents";
-- alter column public.documents.tenant_id: integer → bigint
ALTER TABLE "public"."documents" ALTER COLUMN "tenant_id" TYPE bigint USING "tenant_id"::bigint;
-- alter policy public.documents.tenant_isolation: create again in its new form after the change of column public.documents.tenant_id
CREATE POLICY "tenant_isolation" ON "public"."documents" AS PERMISSIVE FOR ALL TO "authenticated" USING ((tenant_id = (current_setting('app.tenant_id'::text))::bigint)) WITH CHECK ((tenant_id = (current_setting('app.tenant_id'::text))::bigint));
