-- A column is dropped that two SQL-standard bodies read: one the YAML defines (it would be dropped and created
-- again around the change) and one in a schema the YAML does not manage, which schemasync cannot create again:
-- the drop is refused at plan time, naming that function, instead of failing at apply.
CREATE SCHEMA reports;
CREATE TABLE orders (id bigint PRIMARY KEY, total integer NOT NULL, legacy_total integer);
INSERT INTO orders VALUES (1, 10, 10), (2, 25, NULL);
-- SQL-standard bodies need PostgreSQL 14: on 13 the case only checks that the plan names that version.
DO $do$ BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE $sql$CREATE FUNCTION order_total(o bigint) RETURNS integer LANGUAGE sql STABLE
      RETURN (SELECT coalesce(legacy_total, total) FROM public.orders WHERE id = o)$sql$;
    EXECUTE $sql$CREATE FUNCTION reports.legacy_sum() RETURNS bigint LANGUAGE sql STABLE
      RETURN (SELECT sum(legacy_total) FROM public.orders)$sql$;
  END IF;
END $do$;
