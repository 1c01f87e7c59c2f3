-- alter view public.my_ticket: check option local, security_barrier true
ALTER VIEW "public"."my_ticket" SET (check_option = local, security_barrier = true);
-- alter view public.open_ticket: check option cascaded
ALTER VIEW "public"."open_ticket" SET (check_option = cascaded);
