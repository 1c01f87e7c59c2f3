-- alter type public.order_status: add value 'refunded' before 'shipped'
ALTER TYPE "public"."order_status" ADD VALUE 'refunded' BEFORE 'shipped';
