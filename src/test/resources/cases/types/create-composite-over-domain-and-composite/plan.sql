-- create schema app: create
CREATE SCHEMA "app";
-- create domain app.positive_amount: create (numeric(12,2), 1 check)
CREATE DOMAIN "app"."positive_amount" AS numeric(12,2) CONSTRAINT "positive_amount_check" CHECK (VALUE > (0)::numeric);
-- create type app.money_amount: create composite (2 attributes)
CREATE TYPE "app"."money_amount" AS ("amount" app.positive_amount, "currency" character(3));
-- create type app.order_line: create composite (3 attributes)
CREATE TYPE "app"."order_line" AS ("sku" text, "qty" integer, "price" app.money_amount);
-- create table app.orders: create (2 columns)
CREATE TABLE "app"."orders" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "lines" app.order_line[] DEFAULT ('{}') NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
