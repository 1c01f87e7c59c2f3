-- alter function public.full_name(text, text): rename from fullname
ALTER FUNCTION "public"."fullname"(text, text) RENAME TO "full_name";
