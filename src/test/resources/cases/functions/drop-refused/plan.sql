-- drop procedure public.old_job(): drop [refused]
DROP PROCEDURE "public"."old_job"();
-- drop function public.legacy(integer): drop [refused]
DROP FUNCTION "public"."legacy"(integer);
