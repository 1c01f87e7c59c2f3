-- alter table public.orders: revoke select, delete from app_writer
REVOKE SELECT, DELETE ON TABLE "public"."orders" FROM "app_writer";
