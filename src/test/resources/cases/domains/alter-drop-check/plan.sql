-- alter domain public.email: drop check email_has_at
ALTER DOMAIN "public"."email" DROP CONSTRAINT "email_has_at";
