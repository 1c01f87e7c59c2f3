-- alter domain public.Email Address: add check it's not "value", comment 'Isn''t "quoted"' [refused]
ALTER DOMAIN "public"."Email Address" ADD CONSTRAINT "it's not ""value""" CHECK (VALUE !~~ 'value@%'::text) NOT VALID;
ALTER DOMAIN "public"."Email Address" VALIDATE CONSTRAINT "it's not ""value""";
COMMENT ON DOMAIN "public"."Email Address" IS 'Isn''t "quoted"';
