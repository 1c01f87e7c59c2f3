-- create column public.items.price_gross: add (numeric, nullable)
ALTER TABLE "public"."items" ADD COLUMN "price_gross" numeric GENERATED ALWAYS AS (price * 1.2) VIRTUAL;
-- create column public.items.price_net: add (numeric, nullable)
ALTER TABLE "public"."items" ADD COLUMN "price_net" numeric GENERATED ALWAYS AS (price / 1.2) STORED;
