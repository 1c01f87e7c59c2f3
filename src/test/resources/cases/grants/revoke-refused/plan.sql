-- alter table public.orders: revoke select, delete from app_writer [refused]
REVOKE SELECT, DELETE ON TABLE "public"."orders" FROM "app_writer";
