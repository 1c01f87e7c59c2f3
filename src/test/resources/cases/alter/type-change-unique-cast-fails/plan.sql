-- alter column public.coupon.code: text → integer [refused]
ALTER TABLE "public"."coupon" ALTER COLUMN "code" TYPE integer USING "code"::integer;
