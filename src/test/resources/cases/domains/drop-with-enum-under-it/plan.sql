-- drop domain public.known_mood: drop
DROP DOMAIN "public"."known_mood";
-- drop type public.mood: drop
DROP TYPE "public"."mood";
