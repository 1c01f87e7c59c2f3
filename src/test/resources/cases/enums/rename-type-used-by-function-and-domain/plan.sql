-- alter type public.feeling: rename from mood
ALTER TYPE "public"."mood" RENAME TO "feeling";
