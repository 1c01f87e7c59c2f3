-- alter domain public.email: default 'unknown@example.com'::text, drop check email_has_at, add check email_has_dot, add check email_lower, drop not null, comment 'An address'
ALTER DOMAIN "public"."email" SET DEFAULT ('unknown@example.com'::text);
ALTER DOMAIN "public"."email" DROP CONSTRAINT "email_has_at";
ALTER DOMAIN "public"."email" ADD CONSTRAINT "email_has_dot" CHECK (VALUE ~~ '%.%'::text) NOT VALID;
ALTER DOMAIN "public"."email" VALIDATE CONSTRAINT "email_has_dot";
ALTER DOMAIN "public"."email" ADD CONSTRAINT "email_lower" CHECK (VALUE = lower(VALUE)) NOT VALID;
ALTER DOMAIN "public"."email" VALIDATE CONSTRAINT "email_lower";
ALTER DOMAIN "public"."email" DROP NOT NULL;
COMMENT ON DOMAIN "public"."email" IS 'An address';
