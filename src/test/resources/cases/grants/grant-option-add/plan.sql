-- alter table public.orders: grant select with grant option to app_reader
GRANT SELECT ON TABLE "public"."orders" TO "app_reader" WITH GRANT OPTION;
