CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL);
CREATE FUNCTION total_for(customer_id int8) RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(total), 0) FROM orders WHERE orders.customer_id = total_for.customer_id
$$;
CREATE OR REPLACE FUNCTION search(q varchar(100), lim int4 = 10, OUT id int8, OUT score float8)
    RETURNS SETOF record LANGUAGE plpgsql STABLE
    AS $body$
BEGIN
    RETURN QUERY SELECT o.id, 1.0::float8 FROM orders o LIMIT lim;
END;
$body$;
CREATE FUNCTION per_customer() RETURNS TABLE(customer bigint, n bigint) LANGUAGE sql AS 'SELECT customer_id, count(*) FROM orders GROUP BY 1';
CREATE FUNCTION all_orders() RETURNS SETOF orders LANGUAGE sql STABLE ROWS 1000 COST 100 AS 'SELECT * FROM orders';
CREATE FUNCTION defined_secure() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path TO pg_catalog, public AS 'BEGIN END';
CREATE FUNCTION "Mixed Case"("Weird Arg" text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT "Weird Arg"';
CREATE PROCEDURE tidy(INOUT n integer DEFAULT 0) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
