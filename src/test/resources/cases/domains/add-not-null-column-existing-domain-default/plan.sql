-- create column public.price.currency: add (currency, not null)
ALTER TABLE "public"."price" ADD COLUMN "currency" currency NOT NULL;
