-- create sequence public.ticket_number_seq: create (start 1000)
CREATE SEQUENCE "public"."ticket_number_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1 NO CYCLE;
-- create domain public.ticket_number: create (bigint, not null, 1 check)
CREATE DOMAIN "public"."ticket_number" AS bigint DEFAULT (nextval('ticket_number_seq'::regclass)) NOT NULL CONSTRAINT "ticket_number_positive" CHECK (VALUE > 0);
-- create column public.ticket.number: add (ticket_number, not null)
ALTER TABLE "public"."ticket" ADD COLUMN "number" ticket_number NOT NULL;
