-- alter view public.all_note: security_invoker false
ALTER VIEW "public"."all_note" RESET (security_invoker);
-- alter view public.my_note: security_invoker true
ALTER VIEW "public"."my_note" SET (security_invoker = true);
