-- alter type public.address: add attribute zip character varying(10)
ALTER TYPE "public"."address" ADD ATTRIBUTE "zip" character varying(10);
