-- alter function public.new_reference(): rename from gen_ref
ALTER FUNCTION "public"."gen_ref"() RENAME TO "new_reference";
