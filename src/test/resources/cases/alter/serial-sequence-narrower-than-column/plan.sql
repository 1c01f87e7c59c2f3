-- alter column public.event.id: sequence integer → bigint
ALTER SEQUENCE "public"."event_id_seq" AS bigint;
