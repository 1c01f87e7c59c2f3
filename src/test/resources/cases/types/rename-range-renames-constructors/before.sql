CREATE TYPE period AS RANGE (subtype = numeric);
CREATE TABLE booking (id bigint PRIMARY KEY, during period);
INSERT INTO booking VALUES (1, period(1, 5)), (2, period(3, 9, '[]'));
