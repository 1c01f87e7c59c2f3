-- drop table public.old_log: drop [refused]
DROP TABLE "public"."old_log";
