-- drop sequence public.legacy_ticket_seq: drop [refused]
DROP SEQUENCE "public"."legacy_ticket_seq";
