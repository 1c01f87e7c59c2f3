-- drop type public.unused_pair: drop
DROP TYPE "public"."unused_pair";
