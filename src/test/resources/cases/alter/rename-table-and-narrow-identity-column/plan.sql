-- alter table app.tab6: rename from account
ALTER TABLE "app"."account" RENAME TO "tab6";
-- alter constraint app.tab6.tab6_pkey: rename from account_pkey
ALTER TABLE "app"."tab6" RENAME CONSTRAINT "account_pkey" TO "tab6_pkey";
-- alter column app.tab6.id: bigint → integer
ALTER TABLE "app"."tab6" ALTER COLUMN "id" TYPE integer USING "id"::integer;
