-- alter domain public.tag: add check tag_lower [refused]
ALTER DOMAIN "public"."tag" ADD CONSTRAINT "tag_lower" CHECK (VALUE = lower(VALUE)) NOT VALID;
ALTER DOMAIN "public"."tag" VALIDATE CONSTRAINT "tag_lower";
