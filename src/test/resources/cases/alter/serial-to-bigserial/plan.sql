-- alter constraint public.child.child_parent_id_fkey: drop for a moment, around the change of column public.parent.id
ALTER TABLE "public"."child" DROP CONSTRAINT "child_parent_id_fkey";
-- alter column public.child.parent_id: integer → bigint
ALTER TABLE "public"."child" ALTER COLUMN "parent_id" TYPE bigint USING "parent_id"::bigint;
-- alter column public.parent.id: serial → bigserial, sequence integer → bigint
ALTER TABLE "public"."parent" ALTER COLUMN "id" TYPE bigint USING "id"::bigint, ALTER COLUMN "ticket" TYPE integer USING "ticket"::integer;
ALTER SEQUENCE "public"."parent_id_seq" AS bigint;
-- alter column public.parent.ticket: smallserial → serial, sequence smallint → integer
ALTER SEQUENCE "public"."parent_ticket_seq" AS integer;
-- alter constraint public.child.child_parent_id_fkey: add again after the change of column public.parent.id, NOT VALID
ALTER TABLE "public"."child" ADD CONSTRAINT "child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."parent" ("id") NOT VALID;
-- alter constraint public.child.child_parent_id_fkey: validate [after commit]
ALTER TABLE "public"."child" VALIDATE CONSTRAINT "child_parent_id_fkey";
