-- A table without a primary key that a logical replication subscriber reads.
CREATE TABLE audit_log (at timestamptz NOT NULL, actor text NOT NULL, action text NOT NULL);
INSERT INTO audit_log SELECT now(), 'u' || i, 'login' FROM generate_series(1, 100) AS i;
