-- drop column public.statuses.favourites_count: drop
ALTER TABLE "public"."statuses" DROP COLUMN "favourites_count";
-- drop column public.statuses.reblogs_count: drop
ALTER TABLE "public"."statuses" DROP COLUMN "reblogs_count";
