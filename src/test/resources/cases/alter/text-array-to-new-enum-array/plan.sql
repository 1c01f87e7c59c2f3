-- create type public.tag: create enum (news, tech, sport)
CREATE TYPE "public"."tag" AS ENUM ('news', 'tech', 'sport');
-- alter column public.post.tags: text[] → tag[], default '{}'::text[] → '{}'
ALTER TABLE "public"."post" ALTER COLUMN "tags" DROP DEFAULT;
ALTER TABLE "public"."post" ALTER COLUMN "tags" TYPE tag[] USING "tags"::tag[];
ALTER TABLE "public"."post" ALTER COLUMN "tags" SET DEFAULT ('{}');
