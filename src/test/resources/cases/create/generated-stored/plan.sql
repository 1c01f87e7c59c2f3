-- create table public.order_line: create (7 columns)
CREATE TABLE "public"."order_line" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "quantity" integer NOT NULL,
    "unit_price" numeric(10,2) NOT NULL,
    "line_total" numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    "first_name" text,
    "last_name" text,
    "full_name" text GENERATED ALWAYS AS (coalesce(first_name || ' ', '') || coalesce(last_name, '')) STORED,
    CONSTRAINT "order_line_pkey" PRIMARY KEY ("id")
);
