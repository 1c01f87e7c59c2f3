-- alter domain public.email: default 'unknown@example.com'::text
ALTER DOMAIN "public"."email" SET DEFAULT ('unknown@example.com'::text);
