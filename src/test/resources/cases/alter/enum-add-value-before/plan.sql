-- alter type public.order_status: add value 'draft' before 'pending'
ALTER TYPE "public"."order_status" ADD VALUE 'draft' BEFORE 'pending';
