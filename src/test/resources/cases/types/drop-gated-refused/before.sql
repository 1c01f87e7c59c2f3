CREATE TYPE legacy_address AS (line1 text, line2 text);
CREATE TYPE legacy_range AS RANGE (subtype = int8);
