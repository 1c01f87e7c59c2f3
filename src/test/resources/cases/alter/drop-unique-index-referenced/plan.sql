-- alter constraint public.city.city_country_code_fkey: drop for a moment, around the change of index public.country.country_code_idx
ALTER TABLE "public"."city" DROP CONSTRAINT "city_country_code_fkey";
-- drop index public.country.country_code_idx: drop
DROP INDEX "public"."country_code_idx";
-- create constraint public.country.country_code_key: add unique (code)
ALTER TABLE "public"."country" ADD CONSTRAINT "country_code_key" UNIQUE ("code");
-- alter constraint public.city.city_country_code_fkey: add again after the change of index public.country.country_code_idx, NOT VALID
ALTER TABLE "public"."city" ADD CONSTRAINT "city_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "public"."country" ("code") NOT VALID;
-- alter constraint public.city.city_country_code_fkey: validate [after commit]
ALTER TABLE "public"."city" VALIDATE CONSTRAINT "city_country_code_fkey";
