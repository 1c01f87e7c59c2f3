-- alter table public.orders: grant select, maintain to app_writer
GRANT SELECT, MAINTAIN ON TABLE "public"."orders" TO "app_writer";
