-- alter domain public.email: drop default
ALTER DOMAIN "public"."email" DROP DEFAULT;
