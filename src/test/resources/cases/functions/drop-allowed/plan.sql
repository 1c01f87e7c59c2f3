-- drop procedure public.old_job(): drop
DROP PROCEDURE "public"."old_job"();
-- drop function public.legacy(integer): drop
DROP FUNCTION "public"."legacy"(integer);
