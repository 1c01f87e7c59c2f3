-- alter table public.orders: grant select to app_reader
GRANT SELECT ON TABLE "public"."orders" TO "app_reader";
