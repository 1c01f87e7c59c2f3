-- create table public.pick: create (2 columns)
CREATE TABLE "public"."pick" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "shipment_id" bigint NOT NULL,
    CONSTRAINT "pick_pkey" PRIMARY KEY ("id")
);
-- create table public.shipment: create (3 columns)
CREATE TABLE "public"."shipment" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "warehouse_region" text,
    "warehouse_code" text,
    CONSTRAINT "shipment_pkey" PRIMARY KEY ("id")
);
-- create table public.warehouse: create (2 columns)
CREATE TABLE "public"."warehouse" (
    "region" text NOT NULL,
    "code" text NOT NULL,
    CONSTRAINT "warehouse_pkey" PRIMARY KEY ("region", "code")
);
-- create constraint public.pick.pick_shipment_fk: add foreign key (shipment_id) → public.shipment(id)
ALTER TABLE "public"."pick" ADD CONSTRAINT "pick_shipment_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipment" ("id") DEFERRABLE INITIALLY IMMEDIATE;
-- create constraint public.shipment.shipment_warehouse_fk: add foreign key (warehouse_region, warehouse_code) → public.warehouse(region, code)
ALTER TABLE "public"."shipment" ADD CONSTRAINT "shipment_warehouse_fk" FOREIGN KEY ("warehouse_region", "warehouse_code") REFERENCES "public"."warehouse" ("region", "code") MATCH FULL DEFERRABLE INITIALLY DEFERRED;
