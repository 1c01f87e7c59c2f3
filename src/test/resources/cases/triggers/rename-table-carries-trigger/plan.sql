-- alter table public.posts: rename from post
ALTER TABLE "public"."post" RENAME TO "posts";
-- alter column public.posts.content: rename from body
ALTER TABLE "public"."posts" RENAME COLUMN "body" TO "content";
-- alter constraint public.posts.posts_pkey: rename from post_pkey
ALTER TABLE "public"."posts" RENAME CONSTRAINT "post_pkey" TO "posts_pkey";
