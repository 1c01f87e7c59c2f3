-- alter type public.mood: rename from Kind
ALTER TYPE "public"."Kind" RENAME TO "mood";
-- alter type public.mood: remove value 'gone' (type made again, 1 column converted)
ALTER TYPE "public"."mood" RENAME TO "schemasync_old_mood";
CREATE TYPE "public"."mood" AS ENUM ('draft');
ALTER TABLE "public"."account" ALTER COLUMN "kind" DROP DEFAULT;
ALTER TABLE "public"."account" ALTER COLUMN "kind" TYPE "public"."mood" USING "kind"::text::"public"."mood";
ALTER TABLE "public"."account" ALTER COLUMN "kind" SET DEFAULT ('draft');
DROP TYPE "public"."schemasync_old_mood";
