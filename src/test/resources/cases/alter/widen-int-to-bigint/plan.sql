-- alter column public.page_view.views: integer → bigint
ALTER TABLE "public"."page_view" ALTER COLUMN "views" DROP DEFAULT;
ALTER TABLE "public"."page_view" ALTER COLUMN "views" TYPE bigint USING "views"::bigint;
ALTER TABLE "public"."page_view" ALTER COLUMN "views" SET DEFAULT (0);
