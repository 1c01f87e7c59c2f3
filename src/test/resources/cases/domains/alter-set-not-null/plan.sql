-- alter domain public.nickname: set not null
ALTER DOMAIN "public"."nickname" SET NOT NULL;
