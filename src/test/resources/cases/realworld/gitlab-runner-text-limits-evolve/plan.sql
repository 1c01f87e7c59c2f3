-- create constraint public.ci_runners.check_46c685e76f: add check char_length(description) <= 1024 NOT VALID
ALTER TABLE "public"."ci_runners" ADD CONSTRAINT "check_46c685e76f" CHECK (char_length(description) <= 1024) NOT VALID;
-- create constraint public.ci_runners.check_91230910ec: add check char_length(name) <= 256 NOT VALID
ALTER TABLE "public"."ci_runners" ADD CONSTRAINT "check_91230910ec" CHECK (char_length(name) <= 256) NOT VALID;
