-- alter table public.orders: grant grant option for select to app_reader
GRANT SELECT ON TABLE "public"."orders" TO "app_reader" WITH GRANT OPTION;
