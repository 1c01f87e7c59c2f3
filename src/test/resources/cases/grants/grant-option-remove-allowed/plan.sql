-- alter table public.orders: revoke grant option for select from app_reader
REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."orders" FROM "app_reader";
