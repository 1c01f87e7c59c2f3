-- drop view public.home_visit: drop [refused]
DROP VIEW "public"."home_visit";
