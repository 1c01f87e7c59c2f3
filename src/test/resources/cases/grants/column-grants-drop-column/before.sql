DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_reader') THEN CREATE ROLE app_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_writer') THEN CREATE ROLE app_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_owner') THEN CREATE ROLE app_owner NOLOGIN; END IF;
END $$;
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric, note text);
GRANT SELECT ON orders TO app_reader;
GRANT SELECT (note, total), UPDATE (note) ON orders TO app_writer;
INSERT INTO orders VALUES (1, 10, 'first'), (2, 20, 'second');
