-- alter function public.price_with_tax(bigint): drop for a moment, around the change of function public.price(bigint)
DROP FUNCTION "public"."price_with_tax"(bigint);
-- alter function public.price(bigint): result integer → numeric: drop and create
DROP FUNCTION "public"."price"(bigint);
CREATE FUNCTION "public"."price"("o" bigint)
 RETURNS numeric
 LANGUAGE sql
 STABLE
 AS $fn$
SELECT total::numeric FROM orders WHERE id = o
$fn$;
-- alter function public.price_with_tax(bigint): create again in its new form after the change of function public.price(bigint)
CREATE FUNCTION "public"."price_with_tax"("o" bigint)
 RETURNS numeric
 LANGUAGE sql
 STABLE
RETURN (price(o) * 1.2);
COMMENT ON FUNCTION "public"."price_with_tax"(bigint) IS 'Gross price';
-- alter function public.price_with_tax(bigint): owner app_owner
ALTER FUNCTION "public"."price_with_tax"(bigint) OWNER TO "app_owner";
-- alter function public.price_with_tax(bigint): revoke execute from public
REVOKE EXECUTE ON FUNCTION "public"."price_with_tax"(bigint) FROM PUBLIC;
-- alter function public.price_with_tax(bigint): grant execute to app_reader
GRANT EXECUTE ON FUNCTION "public"."price_with_tax"(bigint) TO "app_reader";
