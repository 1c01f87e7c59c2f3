-- alter type public.pair: recreate (attribute order (a, b) → (b, a))
DROP TYPE "public"."pair";
CREATE TYPE "public"."pair" AS ("b" text, "a" integer);
