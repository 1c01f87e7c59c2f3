-- alter domain public.email: add check email_has_dot
ALTER DOMAIN "public"."email" ADD CONSTRAINT "email_has_dot" CHECK (VALUE ~~ '%.%'::text) NOT VALID;
ALTER DOMAIN "public"."email" VALIDATE CONSTRAINT "email_has_dot";
