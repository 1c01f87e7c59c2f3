CREATE TYPE period AS RANGE (subtype = timestamptz, subtype_diff = tstzrange_subdiff);
CREATE TABLE booking (id bigint PRIMARY KEY, during period NOT NULL);
INSERT INTO booking VALUES (1, '[2026-01-01,2026-01-08)'), (2, '[2026-02-01,2026-02-03)');
