-- alter type public.page_status: rename from status
ALTER TYPE "public"."status" RENAME TO "page_status";
