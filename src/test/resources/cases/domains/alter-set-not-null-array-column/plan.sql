-- alter domain public.tag: set not null [refused]
ALTER DOMAIN "public"."tag" SET NOT NULL;
