DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_reader') THEN CREATE ROLE app_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_auditor') THEN CREATE ROLE app_auditor NOLOGIN; END IF;
END $$;
CREATE TABLE invoice (
    id bigint PRIMARY KEY,
    net_cents integer NOT NULL,
    gross_cents integer GENERATED ALWAYS AS (net_cents * 6 / 5) STORED
);
GRANT SELECT (id, gross_cents) ON invoice TO app_reader;
GRANT SELECT (gross_cents), REFERENCES (gross_cents) ON invoice TO app_auditor;
INSERT INTO invoice SELECT i, i * 100 FROM generate_series(1, 20) AS i;
