-- alter table public.orders: grant select, insert, update, delete, truncate, references, trigger, maintain to app_writer
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN ON TABLE "public"."orders" TO "app_writer";
