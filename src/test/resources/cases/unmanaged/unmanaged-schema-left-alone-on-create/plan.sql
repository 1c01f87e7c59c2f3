-- create schema app: create
CREATE SCHEMA "app";
-- create table app.item: create (1 column)
CREATE TABLE "app"."item" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT "item_pkey" PRIMARY KEY ("id")
);
