-- alter constraint public.note.note_account_id_fkey: drop for a moment, around the change of constraint public.account.account_pkey
ALTER TABLE "public"."note" DROP CONSTRAINT "note_account_id_fkey";
-- alter constraint public.orders.orders_account_id_fkey: drop for a moment, around the change of constraint public.account.account_pkey
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_account_id_fkey";
-- alter constraint public.account.account_pkey: replace primary key (tenant_id, id) (definition changed)
ALTER TABLE "public"."account" DROP CONSTRAINT IF EXISTS "account_pkey";
ALTER TABLE "public"."account" ADD CONSTRAINT "account_pkey" PRIMARY KEY ("tenant_id", "id");
-- create constraint public.account.account_id_key: add unique (id)
ALTER TABLE "public"."account" ADD CONSTRAINT "account_id_key" UNIQUE ("id");
-- alter constraint public.note.note_account_id_fkey: add again after the change of constraint public.account.account_pkey
ALTER TABLE "public"."note" ADD CONSTRAINT "note_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."account" ("id") ON DELETE SET NULL;
-- alter constraint public.orders.orders_account_id_fkey: add again after the change of constraint public.account.account_pkey
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."account" ("id");
