-- alter type public.order_status: add value 'draft' before 'pending'
ALTER TYPE "public"."order_status" ADD VALUE 'draft' BEFORE 'pending';
-- alter type public.order_status: add value 'packed' before 'shipped'
ALTER TYPE "public"."order_status" ADD VALUE 'packed' BEFORE 'shipped';
-- alter type public.order_status: add value 'delivered' after 'shipped'
ALTER TYPE "public"."order_status" ADD VALUE 'delivered' AFTER 'shipped';
