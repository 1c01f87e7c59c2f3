-- create function public.plus_one(integer): create (sql, returns integer)
CREATE FUNCTION "public"."plus_one"("n" integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (n + 1);
-- create function public.size_label(numeric): create (sql, returns text)
CREATE FUNCTION "public"."size_label"("n" numeric)
 RETURNS text
 LANGUAGE sql
BEGIN ATOMIC
 SELECT
         CASE
             WHEN (n > (5)::numeric) THEN 'big'::text
             ELSE 'small'::text
         END AS "case";
END;
-- create function public.total_for(bigint): create (sql, returns numeric)
CREATE FUNCTION "public"."total_for"("customer" bigint)
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT COALESCE(sum(orders.total), (0)::numeric) AS "coalesce"
    FROM orders
   WHERE (orders.customer_id = total_for.customer);
END;
-- create procedure public.close_order(bigint): create (sql)
CREATE PROCEDURE "public"."close_order"("order_id" bigint)
 LANGUAGE sql
BEGIN ATOMIC
 DELETE FROM orders
   WHERE (orders.id = close_order.order_id);
END;
