-- alter column public.Orders.Id: serial → bigint, identity always (continues the serial's sequence)
ALTER TABLE "public"."Orders" ALTER COLUMN "Id" DROP DEFAULT;
ALTER TABLE "public"."Orders" ALTER COLUMN "Id" TYPE bigint USING "Id"::bigint;
ALTER TABLE "public"."Orders" ALTER COLUMN "Id" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "public"."Orders_Id_seq1");
SELECT setval('"public"."Orders_Id_seq1"'::regclass, last_value, is_called) FROM "public"."Orders_Id_seq";
DROP SEQUENCE "public"."Orders_Id_seq";
ALTER SEQUENCE "public"."Orders_Id_seq1" RENAME TO "Orders_Id_seq";
