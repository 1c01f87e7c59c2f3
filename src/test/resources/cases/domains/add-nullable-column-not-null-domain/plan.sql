-- create domain public.country_code: create (character(2), not null, 1 check)
CREATE DOMAIN "public"."country_code" AS character(2) NOT NULL CONSTRAINT "country_code_upper" CHECK ((VALUE)::text = upper((VALUE)::text));
-- create column public.shipment.destination: add (country_code, nullable) [refused]
ALTER TABLE "public"."shipment" ADD COLUMN "destination" country_code;
