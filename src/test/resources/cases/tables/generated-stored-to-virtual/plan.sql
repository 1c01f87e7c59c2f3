-- alter column public.items.price_doubled: stored → virtual
ALTER TABLE "public"."items" DROP COLUMN "price_doubled";
ALTER TABLE "public"."items" ADD COLUMN "price_doubled" numeric GENERATED ALWAYS AS (price * 2) VIRTUAL;
