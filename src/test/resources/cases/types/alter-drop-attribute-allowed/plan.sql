-- alter type public.address: drop attribute fax
ALTER TYPE "public"."address" DROP ATTRIBUTE "fax";
