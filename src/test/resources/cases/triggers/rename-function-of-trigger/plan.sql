-- alter function public.set_updated_at(): rename from touch
ALTER FUNCTION "public"."touch"() RENAME TO "set_updated_at";
