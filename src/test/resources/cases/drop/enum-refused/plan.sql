-- drop type public.mood: drop [refused]
DROP TYPE "public"."mood";
