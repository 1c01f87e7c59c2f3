-- alter type public.address: rename attribute town → city
ALTER TYPE "public"."address" RENAME ATTRIBUTE "town" TO "city";
