CREATE TYPE address AS (street text);
CREATE TYPE period AS RANGE (subtype = timestamptz);
COMMENT ON TYPE period IS 'old';
