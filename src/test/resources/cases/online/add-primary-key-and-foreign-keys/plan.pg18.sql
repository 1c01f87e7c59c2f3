-- alter column public.account.id: set not null: add constraint account_id_not_null NOT NULL NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_id_not_null" NOT NULL "id" NOT VALID;
-- create constraint public.account.account_email_key: add unique (email): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_email_key";
CREATE UNIQUE INDEX CONCURRENTLY "account_email_key" ON "public"."account" USING "btree" ("email");
ALTER TABLE "public"."account" ADD CONSTRAINT "account_email_key" UNIQUE USING INDEX "account_email_key";
-- create constraint public.invoice.invoice_number_key: add unique (number): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."invoice_number_key";
CREATE UNIQUE INDEX CONCURRENTLY "invoice_number_key" ON "public"."invoice" USING "btree" ("number");
ALTER TABLE "public"."invoice" ADD CONSTRAINT "invoice_number_key" UNIQUE USING INDEX "invoice_number_key" DEFERRABLE INITIALLY DEFERRED;
-- alter column public.account.id: set not null: validate account_id_not_null [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_id_not_null";
-- create constraint public.account.account_pkey: add primary key (id): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_pkey";
CREATE UNIQUE INDEX CONCURRENTLY "account_pkey" ON "public"."account" USING "btree" ("id");
ALTER TABLE "public"."account" ADD CONSTRAINT "account_pkey" PRIMARY KEY USING INDEX "account_pkey";
-- create constraint public.invoice.invoice_account_fk: add foreign key (account_id) → public.account(id) NOT VALID [after commit]
ALTER TABLE "public"."invoice" ADD CONSTRAINT "invoice_account_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account" ("id") NOT VALID;
-- alter constraint public.invoice.invoice_account_fk: validate [after commit]
ALTER TABLE "public"."invoice" VALIDATE CONSTRAINT "invoice_account_fk";
-- create constraint public.payment.payment_invoice_fk: add foreign key (invoice_id) → public.invoice(id) NOT VALID
ALTER TABLE "public"."payment" ADD CONSTRAINT "payment_invoice_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoice" ("id") NOT VALID;
-- alter constraint public.payment.payment_invoice_fk: validate [after commit]
ALTER TABLE "public"."payment" VALIDATE CONSTRAINT "payment_invoice_fk";
