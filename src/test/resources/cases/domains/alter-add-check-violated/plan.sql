-- alter domain public.email: add check email_example_org [refused]
ALTER DOMAIN "public"."email" ADD CONSTRAINT "email_example_org" CHECK (VALUE ~~ '%@example.org'::text) NOT VALID;
ALTER DOMAIN "public"."email" VALIDATE CONSTRAINT "email_example_org";
