-- alter type public.tag: remove value 'legacy' (type made again, 2 columns converted)
ALTER TYPE "public"."tag" RENAME TO "schemasync_old_tag";
CREATE TYPE "public"."tag" AS ENUM ('blue', 'green', 'red');
ALTER TABLE "public"."item" ALTER COLUMN "tags" DROP DEFAULT;
ALTER TABLE "public"."item" ALTER COLUMN "tags" TYPE "public"."tag"[] USING pg_catalog.array_remove("tags"::text[], 'legacy')::"public"."tag"[], ALTER COLUMN "main" TYPE "public"."tag" USING CASE WHEN "main"::text IN ('legacy') THEN NULL ELSE "main"::text::"public"."tag" END;
ALTER TABLE "public"."item" ALTER COLUMN "tags" SET DEFAULT ('{}');
DROP TYPE "public"."schemasync_old_tag";
