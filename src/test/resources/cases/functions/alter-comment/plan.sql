-- alter function public.one(): comment 'the number one'
COMMENT ON FUNCTION "public"."one"() IS 'the number one';
-- alter function public.two(): remove comment
COMMENT ON FUNCTION "public"."two"() IS NULL;
-- alter procedure public.nothing(): comment 'does nothing'
COMMENT ON PROCEDURE "public"."nothing"() IS 'does nothing';
