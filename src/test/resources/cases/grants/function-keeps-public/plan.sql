-- alter function public.add_one(integer): grant execute to app_reader
GRANT EXECUTE ON FUNCTION "public"."add_one"(integer) TO "app_reader";
