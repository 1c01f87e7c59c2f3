-- alter table public.posts: rename from post
ALTER TABLE "public"."post" RENAME TO "posts";
-- alter constraint public.posts.posts_pkey: rename from post_pkey
ALTER TABLE "public"."posts" RENAME CONSTRAINT "post_pkey" TO "posts_pkey";
-- drop trigger public.posts.post_touch_insert: drop
DROP TRIGGER "post_touch_insert" ON "public"."posts";
