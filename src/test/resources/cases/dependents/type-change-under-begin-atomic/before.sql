CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total integer NOT NULL);
INSERT INTO orders VALUES (1, 10, 5), (2, 10, 7), (3, 11, 1);
-- SQL-standard bodies need PostgreSQL 14: on 13 the case only checks that the plan names that version.
DO $do$ BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE $sql$CREATE FUNCTION total_for(customer bigint) RETURNS bigint LANGUAGE sql STABLE
      RETURN (SELECT coalesce(sum(total), 0) FROM orders WHERE customer_id = customer)$sql$;
    EXECUTE $sql$CREATE VIEW customer_total AS SELECT DISTINCT customer_id, total_for(customer_id) AS total FROM orders$sql$;
  END IF;
END $do$;
