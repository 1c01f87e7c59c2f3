-- create table public.product: create (7 columns)
CREATE TABLE "public"."product" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "name" text NOT NULL,
    "price" numeric(10,2) NOT NULL,
    "discount" numeric(10,2) DEFAULT (0) NOT NULL,
    "status" text DEFAULT ('a') NOT NULL,
    "starts_at" timestamp with time zone,
    "ends_at" timestamp with time zone,
    CONSTRAINT "product_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "product_discount_below_price" CHECK (discount <= price),
    CONSTRAINT "product_name_not_empty" CHECK (length(name) > 0),
    CONSTRAINT "product_period_valid" CHECK (ends_at IS NULL OR ends_at > starts_at),
    CONSTRAINT "product_price_positive" CHECK (price > 0),
    CONSTRAINT "product_status_valid" CHECK (status in ('a','b'))
);
