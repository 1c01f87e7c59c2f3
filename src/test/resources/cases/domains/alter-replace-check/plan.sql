-- alter domain public.email: replace check email_has_at
ALTER DOMAIN "public"."email" DROP CONSTRAINT "email_has_at";
ALTER DOMAIN "public"."email" ADD CONSTRAINT "email_has_at" CHECK (VALUE ~~ '%_@_%'::text) NOT VALID;
ALTER DOMAIN "public"."email" VALIDATE CONSTRAINT "email_has_at";
