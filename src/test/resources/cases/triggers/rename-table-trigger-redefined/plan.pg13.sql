-- alter table public.posts: rename from post
ALTER TABLE "public"."post" RENAME TO "posts";
-- alter trigger public.posts.post_stamp: function public.stamp (drop and create)
DROP TRIGGER "post_stamp" ON "public"."posts";
CREATE TRIGGER "post_stamp" BEFORE UPDATE ON "public"."posts" FOR EACH ROW EXECUTE FUNCTION "public"."stamp"();
-- alter trigger public.posts.post_touch: new condition (drop and create)
DROP TRIGGER "post_touch" ON "public"."posts";
CREATE TRIGGER "post_touch" BEFORE UPDATE ON "public"."posts" FOR EACH ROW WHEN ((old.body IS DISTINCT FROM new.body)) EXECUTE FUNCTION "public"."touch"();
-- alter constraint public.posts.posts_pkey: rename from post_pkey
ALTER TABLE "public"."posts" RENAME CONSTRAINT "post_pkey" TO "posts_pkey";
