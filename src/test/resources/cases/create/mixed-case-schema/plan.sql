-- create schema Sales: create
CREATE SCHEMA "Sales";
-- create type Sales.Stage: create enum (Lead, Qualified, Won, Lost)
CREATE TYPE "Sales"."Stage" AS ENUM ('Lead', 'Qualified', 'Won', 'Lost');
-- create table Sales.Deal: create (3 columns)
CREATE TABLE "Sales"."Deal" (
    "Id" bigint GENERATED ALWAYS AS IDENTITY,
    "Stage" "Sales"."Stage" DEFAULT ('Lead') NOT NULL,
    "AmountEur" numeric(14,2),
    CONSTRAINT "Deal_pkey" PRIMARY KEY ("Id"),
    CONSTRAINT "Deal_Amount_check" CHECK ("AmountEur" >= 0)
);
-- create index Sales.Deal.Deal_Stage_idx: create
CREATE INDEX "Deal_Stage_idx" ON "Sales"."Deal" USING "btree" ("Stage");
