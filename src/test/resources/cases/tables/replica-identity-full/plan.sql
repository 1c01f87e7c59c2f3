-- alter table public.audit_log: replica identity full
ALTER TABLE "public"."audit_log" REPLICA IDENTITY FULL;
