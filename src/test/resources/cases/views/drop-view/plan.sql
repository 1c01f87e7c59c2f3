-- drop view public.shipment_pending_count: drop
DROP VIEW "public"."shipment_pending_count";
-- drop view public.pending_shipment: drop
DROP VIEW "public"."pending_shipment";
