-- create constraint public.Stock.Stock reserved within quantity: add check reserved BETWEEN 0 AND quantity NOT VALID
ALTER TABLE "public"."Stock" ADD CONSTRAINT "Stock reserved within quantity" CHECK (reserved BETWEEN 0 AND quantity) NOT VALID;
-- alter constraint public.Stock.Stock reserved within quantity: validate [after commit]
ALTER TABLE "public"."Stock" VALIDATE CONSTRAINT "Stock reserved within quantity";
-- create constraint public.Stock.stock_warehouse_fk: add foreign key (region, code) → public.warehouse(region, code) NOT VALID
ALTER TABLE "public"."Stock" ADD CONSTRAINT "stock_warehouse_fk" FOREIGN KEY ("region", "code") REFERENCES "public"."warehouse" ("region", "code") ON DELETE RESTRICT NOT VALID;
-- alter constraint public.Stock.stock_warehouse_fk: validate [after commit]
ALTER TABLE "public"."Stock" VALIDATE CONSTRAINT "stock_warehouse_fk";
