-- drop view app.user_status: drop
DROP VIEW "app"."user_status";
-- alter type app.status: remove value 'old' (type made again, 1 column converted)
ALTER TYPE "app"."status" RENAME TO "schemasync_old_status";
CREATE TYPE "app"."status" AS ENUM ('new', 'done');
ALTER TABLE "app"."user" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "app"."user" ALTER COLUMN "status" TYPE "app"."status" USING "status"::text::"app"."status";
ALTER TABLE "app"."user" ALTER COLUMN "status" SET DEFAULT ('new');
DROP TYPE "app"."schemasync_old_status";
