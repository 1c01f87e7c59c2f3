-- alter type public.status: rename value 'published' to 'live'
ALTER TYPE "public"."status" RENAME VALUE 'published' TO 'live';
-- alter type public.status: rename value 'draft' to 'new'
ALTER TYPE "public"."status" RENAME VALUE 'draft' TO 'new';
