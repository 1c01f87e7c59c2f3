-- alter domain public.positive_int: add check positive_int_positive [refused]
ALTER DOMAIN "public"."positive_int" ADD CONSTRAINT "positive_int_positive" CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN "public"."positive_int" VALIDATE CONSTRAINT "positive_int_positive";
