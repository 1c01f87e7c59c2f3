-- alter type public.mood: remove value 'meh' (type made again, 1 column converted) [refused]
ALTER TYPE "public"."mood" RENAME TO "schemasync_old_mood";
CREATE TYPE "public"."mood" AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE "public"."entry" ALTER COLUMN "mood" TYPE "public"."mood" USING CASE WHEN "mood"::text IN ('meh') THEN NULL ELSE "mood"::text::"public"."mood" END;
DROP TYPE "public"."schemasync_old_mood";
