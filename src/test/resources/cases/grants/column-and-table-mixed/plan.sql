-- alter table public.orders: grant update (note) to app_writer
GRANT UPDATE ("note") ON TABLE "public"."orders" TO "app_writer";
