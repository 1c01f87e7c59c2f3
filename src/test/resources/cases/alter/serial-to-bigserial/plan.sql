-- alter column public.child.parent_id: integer → bigint
ALTER TABLE "public"."child" ALTER COLUMN "parent_id" TYPE bigint USING "parent_id"::bigint;
-- alter column public.parent.id: serial → bigserial, sequence integer → bigint
ALTER TABLE "public"."parent" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "ticket" TYPE integer USING "ticket"::integer;
ALTER SEQUENCE "public"."parent_id_seq" AS bigint;
-- alter column public.parent.ticket: smallserial → serial, sequence smallint → integer
ALTER SEQUENCE "public"."parent_ticket_seq" AS integer;
