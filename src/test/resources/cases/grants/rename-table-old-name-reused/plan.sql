-- alter table public.purchases: rename from orders
ALTER TABLE "public"."orders" RENAME TO "purchases";
-- alter constraint public.purchases.purchases_pkey: rename from orders_pkey
ALTER TABLE "public"."purchases" RENAME CONSTRAINT "orders_pkey" TO "purchases_pkey";
-- create table public.orders: create (2 columns)
CREATE TABLE "public"."orders" (
    "id" bigint NOT NULL,
    "purchase_id" bigint NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
-- create constraint public.orders.orders_purchase_id_fkey: add foreign key (purchase_id) → public.purchases(id)
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_purchase_id_fkey" FOREIGN KEY ("purchase_id") REFERENCES "public"."purchases" ("id");
-- alter table public.orders: grant select to app_writer
GRANT SELECT ON TABLE "public"."orders" TO "app_writer";
