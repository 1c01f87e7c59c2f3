-- alter domain public.email: remove comment
COMMENT ON DOMAIN "public"."email" IS NULL;
