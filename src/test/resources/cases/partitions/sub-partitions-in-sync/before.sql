CREATE TABLE measurements (taken_on date NOT NULL, kind text NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
CREATE TABLE measurements_2026_temp PARTITION OF measurements_2026 FOR VALUES IN ('temperature');
CREATE TABLE measurements_2026_rest PARTITION OF measurements_2026 DEFAULT;
CREATE TABLE measurements_old PARTITION OF measurements FOR VALUES FROM (MINVALUE) TO ('2026-01-01');
CREATE INDEX measurements_kind_idx ON measurements (kind);
INSERT INTO measurements VALUES ('2026-05-01', 'temperature', 21.5), ('2026-05-01', 'wind', 3), ('2025-01-01', 'wind', 4);
