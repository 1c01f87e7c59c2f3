-- alter table public.orders: set (autovacuum_vacuum_scale_factor=0.02, fillfactor=80)
ALTER TABLE "public"."orders" SET ("autovacuum_vacuum_scale_factor" = '0.02', "fillfactor" = '80');
-- alter index public.orders.orders_status_idx: set (fillfactor=70) (pages written from now on; REINDEX repacks the rest)
ALTER INDEX "public"."orders_status_idx" SET ("fillfactor" = '70');
