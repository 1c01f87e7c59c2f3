-- alter type public.pair: add attribute c date [refused]
ALTER TYPE "public"."pair" ADD ATTRIBUTE "c" date;
