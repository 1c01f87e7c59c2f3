-- alter type public.order_status: add value 'cancelled' after 'shipped'
ALTER TYPE "public"."order_status" ADD VALUE 'cancelled' AFTER 'shipped';
