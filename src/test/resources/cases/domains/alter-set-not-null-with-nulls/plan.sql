-- alter domain public.nickname: set not null [refused]
ALTER DOMAIN "public"."nickname" SET NOT NULL;
