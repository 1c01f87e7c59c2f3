CREATE TYPE hand_made AS (a int, b text);
CREATE TYPE span AS RANGE (subtype = date);
