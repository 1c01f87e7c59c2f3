-- alter table public.log: reset (autovacuum_enabled, toast.autovacuum_enabled)
ALTER TABLE "public"."log" RESET ("autovacuum_enabled", "toast"."autovacuum_enabled");
-- alter index public.log.log_line_idx: reset (fillfactor) (pages written from now on; REINDEX repacks the rest)
ALTER INDEX "public"."log_line_idx" RESET ("fillfactor");
