CREATE TYPE address AS (street text, city character varying(80), zip int4);
CREATE TYPE period AS RANGE (subtype = timestamptz, subtype_diff = tstzrange_subdiff);
COMMENT ON TYPE address IS 'hand written';
CREATE TABLE customer (id bigint PRIMARY KEY, home address, stay period);
INSERT INTO customer VALUES (1, ROW('Main St 1', 'Springfield', 12345), '[2026-01-01,2026-02-01)');
