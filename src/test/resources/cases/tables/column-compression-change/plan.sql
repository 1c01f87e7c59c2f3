-- alter column public.document.body: compression default (values written from now on)
ALTER TABLE "public"."document" ALTER COLUMN "body" SET COMPRESSION DEFAULT;
-- alter column public.document.meta: compression pglz (values written from now on)
ALTER TABLE "public"."document" ALTER COLUMN "meta" SET COMPRESSION "pglz";
