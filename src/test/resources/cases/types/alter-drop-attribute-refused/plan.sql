-- alter type public.address: drop attribute fax [refused]
ALTER TYPE "public"."address" DROP ATTRIBUTE "fax";
