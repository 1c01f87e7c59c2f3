CREATE TYPE unused_pair AS (a int, b text);
CREATE TYPE used_pair AS (a int, b text);
