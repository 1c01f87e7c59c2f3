-- alter column public.reading.fahrenheit: change generation expression
ALTER TABLE "public"."reading" ALTER COLUMN "fahrenheit" SET EXPRESSION AS (celsius * 1.8 + 32);
