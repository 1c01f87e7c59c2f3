-- create column public.post.title: add (text, nullable)
ALTER TABLE "public"."post" ADD COLUMN "title" text;
-- alter trigger public.post.post_touch: update of body, title (create or replace)
CREATE OR REPLACE TRIGGER "post_touch" BEFORE UPDATE OF "body", "title" ON "public"."post" FOR EACH ROW EXECUTE FUNCTION "public"."touch"();
-- create trigger public.post.post_touch_title: create (before update, for each row)
CREATE TRIGGER "post_touch_title" BEFORE UPDATE ON "public"."post" FOR EACH ROW WHEN ((old.title IS DISTINCT FROM new.title)) EXECUTE FUNCTION "public"."touch"();
