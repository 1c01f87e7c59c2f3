-- drop sequence public.legacy_ticket_seq: drop
DROP SEQUENCE "public"."legacy_ticket_seq";
