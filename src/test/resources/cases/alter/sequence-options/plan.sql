-- alter sequence public.invoice_number: alter options
ALTER SEQUENCE "public"."invoice_number" AS bigint INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 50 NO CYCLE;
-- alter sequence public.ticket_seq: alter options
ALTER SEQUENCE "public"."ticket_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 99999999 START WITH 1 CACHE 1 CYCLE;
