CREATE SCHEMA ops;
CREATE TABLE ops.heartbeat (at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION ops.ping() RETURNS int LANGUAGE sql AS 'SELECT 1';
