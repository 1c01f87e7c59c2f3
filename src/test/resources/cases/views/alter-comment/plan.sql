-- alter view public.big_city: comment 'Over 500''000 people'
COMMENT ON VIEW "public"."big_city" IS 'Over 500''000 people';
-- alter view public.city_name: remove comment
COMMENT ON VIEW "public"."city_name" IS NULL;
-- alter view public.small_city: comment 'under half a million'
COMMENT ON VIEW "public"."small_city" IS 'under half a million';
