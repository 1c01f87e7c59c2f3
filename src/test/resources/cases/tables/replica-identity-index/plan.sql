-- alter table public.device: replica identity index device_serial_vendor_idx
ALTER TABLE "public"."device" REPLICA IDENTITY USING INDEX "device_serial_vendor_idx";
