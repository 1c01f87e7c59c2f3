-- alter column public.ticket.id: identity maxvalue 9223372036854775807 → maxvalue 1000000, cache 50 → cache 1 (values already drawn stay)
ALTER TABLE "public"."ticket" ALTER COLUMN "id" SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 1000000 SET CACHE 1 SET NO CYCLE;
