-- alter type public.order_status: remove value 'paid' (type made again, 1 column converted)
ALTER TYPE "public"."order_status" RENAME TO "schemasync_old_order_status";
CREATE TYPE "public"."order_status" AS ENUM ('pending', 'shipped');
ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE "public"."order_status" USING "status"::text::"public"."order_status";
ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT ('pending');
DROP TYPE "public"."schemasync_old_order_status";
