-- alter type shop.size: reorder values (type made again, 3 columns converted)
ALTER TYPE "shop"."size" RENAME TO "schemasync_old_size";
CREATE TYPE "shop"."size" AS ENUM ('s', 'm', 'l', 'xl');
ALTER TABLE "shop"."shirt" ALTER COLUMN "size" DROP DEFAULT;
ALTER TABLE "shop"."shirt" ALTER COLUMN "size" TYPE "shop"."size" USING "size"::text::"shop"."size";
ALTER TABLE "shop"."sock" ALTER COLUMN "size" TYPE "shop"."size" USING "size"::text::"shop"."size", ALTER COLUMN "sizes" TYPE "shop"."size"[] USING "sizes"::text[]::"shop"."size"[];
ALTER TABLE "shop"."shirt" ALTER COLUMN "size" SET DEFAULT ('m');
DROP TYPE "shop"."schemasync_old_size";
COMMENT ON TYPE "shop"."size" IS 'Garment size';
