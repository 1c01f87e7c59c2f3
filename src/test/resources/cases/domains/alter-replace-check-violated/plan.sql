-- alter domain public.email: replace check email_has_at [refused]
ALTER DOMAIN "public"."email" DROP CONSTRAINT "email_has_at";
ALTER DOMAIN "public"."email" ADD CONSTRAINT "email_has_at" CHECK (VALUE ~~ '%@%.org'::text) NOT VALID;
ALTER DOMAIN "public"."email" VALIDATE CONSTRAINT "email_has_at";
