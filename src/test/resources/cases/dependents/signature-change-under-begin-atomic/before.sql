-- A function's result type changes (DROP and CREATE: CREATE OR REPLACE cannot change it) while a SQL-standard body
-- calls it (pg_depend records the call). The caller is dropped before and created again after, with its owner,
-- grants and comment back.
CREATE TABLE orders (id bigint PRIMARY KEY, total integer NOT NULL);
INSERT INTO orders VALUES (1, 10), (2, 25);
CREATE FUNCTION price(o bigint) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT total FROM orders WHERE id = o $$;
-- SQL-standard bodies need PostgreSQL 14: on 13 the case only checks that the plan names that version.
DO $do$ BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE $sql$CREATE FUNCTION price_with_tax(o bigint) RETURNS numeric LANGUAGE sql STABLE
      RETURN price(o) * 1.2$sql$;
    REVOKE EXECUTE ON FUNCTION price_with_tax(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION price_with_tax(bigint) TO app_reader;
    ALTER FUNCTION price_with_tax(bigint) OWNER TO app_owner;
    COMMENT ON FUNCTION price_with_tax(bigint) IS 'Gross price';
  END IF;
END $do$;
