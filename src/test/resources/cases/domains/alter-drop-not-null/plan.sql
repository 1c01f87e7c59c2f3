-- alter domain public.email: drop not null
ALTER DOMAIN "public"."email" DROP NOT NULL;
