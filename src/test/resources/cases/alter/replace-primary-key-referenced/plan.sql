-- alter constraint public.note.note_account_id_fkey: drop for a moment, around the change of constraint public.account.account_pkey
ALTER TABLE "public"."note" DROP CONSTRAINT "note_account_id_fkey";
-- alter constraint public.orders.orders_account_id_fkey: drop for a moment, around the change of constraint public.account.account_pkey
ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_account_id_fkey";
-- alter constraint public.account.account_pkey: replace primary key (tenant_id, id) (definition changed)
ALTER TABLE "public"."account" DROP CONSTRAINT IF EXISTS "account_pkey";
ALTER TABLE "public"."account" ADD CONSTRAINT "account_pkey" PRIMARY KEY ("tenant_id", "id");
-- create constraint public.account.account_id_key: add unique (id)
ALTER TABLE "public"."account" ADD CONSTRAINT "account_id_key" UNIQUE ("id");
-- alter constraint public.note.note_account_id_fkey: add again after the change of constraint public.account.account_pkey, NOT VALID
ALTER TABLE "public"."note" ADD CONSTRAINT "note_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."account" ("id") ON DELETE SET NULL NOT VALID;
-- alter constraint public.note.note_account_id_fkey: validate [after commit]
ALTER TABLE "public"."note" VALIDATE CONSTRAINT "note_account_id_fkey";
-- alter constraint public.orders.orders_account_id_fkey: add again after the change of constraint public.account.account_pkey, NOT VALID
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."account" ("id") NOT VALID;
-- alter constraint public.orders.orders_account_id_fkey: validate [after commit]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_account_id_fkey";
