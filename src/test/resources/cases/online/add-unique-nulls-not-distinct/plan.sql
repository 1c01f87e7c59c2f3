-- create constraint public.device.device_owner_serial_key: add unique (owner_id, serial): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."device_owner_serial_key";
CREATE UNIQUE INDEX CONCURRENTLY "device_owner_serial_key" ON "public"."device" USING "btree" ("owner_id", "serial") NULLS NOT DISTINCT;
ALTER TABLE "public"."device" ADD CONSTRAINT "device_owner_serial_key" UNIQUE USING INDEX "device_owner_serial_key";
