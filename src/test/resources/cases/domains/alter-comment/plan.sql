-- alter domain public.email: comment 'An e-mail address; it''s checked loosely'
COMMENT ON DOMAIN "public"."email" IS 'An e-mail address; it''s checked loosely';
