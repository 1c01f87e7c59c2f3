-- drop procedure public.stray_proc(): drop
DROP PROCEDURE "public"."stray_proc"();
-- drop function public.stray(): drop
DROP FUNCTION "public"."stray"();
