-- drop view public.shipment_pending_count: drop [refused]
DROP VIEW "public"."shipment_pending_count";
-- drop view public.pending_shipment: drop [refused]
DROP VIEW "public"."pending_shipment";
