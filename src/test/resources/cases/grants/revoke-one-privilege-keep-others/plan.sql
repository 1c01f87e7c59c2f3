-- alter table public.orders: revoke delete from app_writer
REVOKE DELETE ON TABLE "public"."orders" FROM "app_writer";
