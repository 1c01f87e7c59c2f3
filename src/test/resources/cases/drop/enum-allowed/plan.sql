-- drop type public.mood: drop
DROP TYPE "public"."mood";
