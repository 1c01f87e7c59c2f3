-- alter function public.new_reference(): rename from gen_ref
ALTER FUNCTION "public"."gen_ref"() RENAME TO "new_reference";
-- alter column public.shipment.ref: default gen_ref() → new_reference()
ALTER TABLE "public"."shipment" ALTER COLUMN "ref" DROP DEFAULT;
ALTER TABLE "public"."shipment" ALTER COLUMN "ref" SET DEFAULT (new_reference());
