-- alter table public.orders: grant select, insert, update, delete, truncate, references, trigger to app_writer
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE "public"."orders" TO "app_writer";
