-- create function public.current_tenant(): create (sql, returns integer)
CREATE FUNCTION "public"."current_tenant"()
 RETURNS integer
 LANGUAGE sql
 STABLE
 AS $fn$
select nullif(current_setting('app.tenant_id', true), '')::int
$fn$;
-- create policy public.accounts.same_tenant: create (permissive all to public)
CREATE POLICY "same_tenant" ON "public"."accounts" AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = current_tenant())) WITH CHECK ((tenant_id = current_tenant()));
