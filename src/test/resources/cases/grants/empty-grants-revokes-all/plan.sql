-- alter table public.orders: revoke select from app_reader; select from public
REVOKE SELECT ON TABLE "public"."orders" FROM "app_reader";
REVOKE SELECT ON TABLE "public"."orders" FROM PUBLIC;
