-- create domain public.phone: create (character varying(20), 1 check)
CREATE DOMAIN "public"."phone" AS character varying(20) CONSTRAINT "phone_digits" CHECK ((VALUE)::text ~ '^\+?[0-9 ]+$'::text);
-- create column public.customer.phone: add (phone, nullable)
ALTER TABLE "public"."customer" ADD COLUMN "phone" phone;
