-- create table public.orders: create (2 columns)
CREATE TABLE "public"."orders" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "status" character varying NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "orders_status_valid" CHECK (status IN ('pending', 'paid'))
);
