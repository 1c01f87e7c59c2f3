CREATE TYPE pair AS (a int, b text);
CREATE TABLE pairs OF pair (PRIMARY KEY (a));
