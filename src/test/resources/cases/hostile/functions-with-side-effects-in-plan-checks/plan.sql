-- drop column public.account.legacy: drop [refused]
ALTER TABLE "public"."account" DROP COLUMN "legacy";
-- create constraint public.account.account_note_counted: add check nextval('canary.counter') > 0 NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_counted" CHECK (nextval('canary.counter') > 0) NOT VALID;
-- create constraint public.account.account_note_sneaky: add check public.sneaky(note)
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_sneaky" CHECK (public.sneaky(note));
-- create index public.account.account_note_key: create (unique) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_note_key";
CREATE UNIQUE INDEX CONCURRENTLY "account_note_key" ON "public"."account" USING "btree" ((public.sneaky_key(note)));
-- alter constraint public.account.account_note_counted: validate [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_note_counted";
