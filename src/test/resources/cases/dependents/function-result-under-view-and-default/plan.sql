-- alter view public.default_credit: drop for a moment, around the change of function public.starting_credit()
DROP VIEW "public"."default_credit";
-- alter function public.starting_credit(): result integer → bigint: drop and create [refused]
-- alter view public.default_credit: create again in its new form after the change of function public.starting_credit()
CREATE VIEW "public"."default_credit" ("credit") AS (
SELECT starting_credit() AS credit
);
