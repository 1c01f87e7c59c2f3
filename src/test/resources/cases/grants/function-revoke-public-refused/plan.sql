-- alter function public.add_one(integer): revoke execute from public [refused]
REVOKE EXECUTE ON FUNCTION "public"."add_one"(integer) FROM PUBLIC;
-- alter function public.add_one(integer): grant execute to app_reader
GRANT EXECUTE ON FUNCTION "public"."add_one"(integer) TO "app_reader";
