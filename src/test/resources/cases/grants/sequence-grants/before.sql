CREATE SEQUENCE public.invoice_number START 1000;
GRANT UPDATE ON SEQUENCE public.invoice_number TO app_writer;
