CREATE SCHEMA audit;
CREATE TABLE audit.event (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL DEFAULT now());
INSERT INTO audit.event (id, kind) VALUES (1, 'login'), (2, 'logout');
CREATE VIEW audit.login AS SELECT id, at FROM audit.event WHERE kind = 'login';
-- Made by hand, not in the YAML: listed, never dropped or changed.
CREATE VIEW audit.login_count AS SELECT count(*) AS n FROM audit.login;
CREATE VIEW audit.kinds AS SELECT DISTINCT kind FROM audit.event;
