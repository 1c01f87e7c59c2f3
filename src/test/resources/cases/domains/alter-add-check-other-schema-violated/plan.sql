-- alter domain app.email: add check email_has_at [refused]
ALTER DOMAIN "app"."email" ADD CONSTRAINT "email_has_at" CHECK (VALUE ~~ '%@%'::text) NOT VALID;
ALTER DOMAIN "app"."email" VALIDATE CONSTRAINT "email_has_at";
