-- A column a SQL-standard body reads is renamed: PostgreSQL keeps the body parsed (column numbers, not names), so
-- the rename goes through and the body follows it, but keeps the old output name: it then prints
-- "SELECT orders.total AS amount". Nothing is dropped or created again: the body the YAML gives is put in place by
-- CREATE OR REPLACE after the rename (before it, the new name would not be there to parse).
CREATE TABLE orders (id bigint PRIMARY KEY, amount integer NOT NULL);
INSERT INTO orders VALUES (1, 10), (2, 25);
-- SQL-standard bodies need PostgreSQL 14: on 13 the case only checks that the plan names that version.
DO $do$ BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE $sql$CREATE FUNCTION order_total(o bigint) RETURNS integer LANGUAGE sql STABLE
      RETURN (SELECT amount FROM orders WHERE id = o)$sql$;
  END IF;
END $do$;
