-- alter view public.invoice_net_total: drop for a moment, around the change of function public.net(numeric)
DROP VIEW "public"."invoice_net_total";
-- alter view public.invoice_net: drop for a moment, around the change of function public.net(numeric)
DROP VIEW "public"."invoice_net";
-- alter function public.net(numeric): argument gross renamed to amount: drop and create
DROP FUNCTION "public"."net"(numeric);
CREATE FUNCTION "public"."net"("amount" numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT amount / 1.2
$fn$;
-- alter view public.invoice_net: create again after the change of function public.net(numeric)
CREATE VIEW "public"."invoice_net" ("id", "net") AS (
SELECT invoice.id,
    net(invoice.gross) AS net
   FROM invoice
);
COMMENT ON VIEW "public"."invoice_net" IS 'net amounts';
-- alter view public.invoice_net_total: create again after the change of function public.net(numeric)
CREATE VIEW "public"."invoice_net_total" ("total") AS (
SELECT sum(invoice_net.net) AS total
   FROM invoice_net
);
