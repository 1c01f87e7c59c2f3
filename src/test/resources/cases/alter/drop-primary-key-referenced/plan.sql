-- drop constraint public.account.account_pkey: drop primary key (id)
ALTER TABLE "public"."account" DROP CONSTRAINT "account_pkey";
-- alter constraint public.account.account_pkey: drop (foreign key public.orders.orders_account_id_fkey references it) [refused]
