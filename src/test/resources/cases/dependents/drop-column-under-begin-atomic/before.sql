-- A column is dropped that a SQL-standard body reads (PostgreSQL records the dependency in pg_depend and refuses
-- DROP COLUMN while the function exists). The YAML's function no longer reads it: the function is dropped before
-- the column and created again after it in its new form, with its owner, grants and comment back.
CREATE TABLE orders (id bigint PRIMARY KEY, total integer NOT NULL, legacy_total integer);
INSERT INTO orders VALUES (1, 10, 10), (2, 25, NULL), (3, 7, 7);
-- SQL-standard bodies need PostgreSQL 14: on 13 the case only checks that the plan names that version.
DO $do$ BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE $sql$CREATE FUNCTION order_total(o bigint) RETURNS integer LANGUAGE sql STABLE
      BEGIN ATOMIC SELECT coalesce(legacy_total, total) FROM orders WHERE id = o; END$sql$;
    REVOKE EXECUTE ON FUNCTION order_total(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION order_total(bigint) TO app_reader;
    ALTER FUNCTION order_total(bigint) OWNER TO app_owner;
    COMMENT ON FUNCTION order_total(bigint) IS 'An order''s total';
  END IF;
END $do$;
