-- alter table public.posts: rename from post
ALTER TABLE "public"."post" RENAME TO "posts";
-- alter trigger public.posts.post_touch: drop for a moment, around the change of column public.posts.body
DROP TRIGGER "post_touch" ON "public"."posts";
-- alter constraint public.posts.posts_pkey: rename from post_pkey
ALTER TABLE "public"."posts" RENAME CONSTRAINT "post_pkey" TO "posts_pkey";
-- alter column public.posts.body: varchar(20) → text
ALTER TABLE "public"."posts" ALTER COLUMN "body" TYPE text USING "body"::text;
-- alter trigger public.posts.post_touch: create again in its new form after the change of column public.posts.body
CREATE TRIGGER "post_touch" BEFORE UPDATE OF "body" ON "public"."posts" FOR EACH ROW WHEN ((old.body IS DISTINCT FROM new.body)) EXECUTE FUNCTION "public"."touch"();
