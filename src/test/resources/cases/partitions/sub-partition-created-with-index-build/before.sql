CREATE TABLE measurements (
    taken_on date NOT NULL,
    kind text NOT NULL,
    value numeric
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_old PARTITION OF measurements FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
INSERT INTO measurements SELECT date '2024-07-01' + i % 500, CASE WHEN i % 3 = 0 THEN 'temperature' ELSE 'humidity' END, i
FROM generate_series(1, 6000) AS i;
