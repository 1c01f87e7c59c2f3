-- alter sequence public.invoice_number: revoke update from app_writer
REVOKE UPDATE ON SEQUENCE "public"."invoice_number" FROM "app_writer";
-- alter sequence public.invoice_number: grant select to app_reader; select, usage to app_writer
GRANT SELECT ON SEQUENCE "public"."invoice_number" TO "app_reader";
GRANT SELECT, USAGE ON SEQUENCE "public"."invoice_number" TO "app_writer";
