-- drop trigger public.t.t_touch: drop
DROP TRIGGER "t_touch" ON "public"."t";
-- drop procedure public.stray_proc(): drop
DROP PROCEDURE "public"."stray_proc"();
-- drop function public.touch(): drop
DROP FUNCTION "public"."touch"();
-- drop function public.stray(): drop
DROP FUNCTION "public"."stray"();
