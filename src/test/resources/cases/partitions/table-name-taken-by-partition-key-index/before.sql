-- The primary key of the partitioned table orders made a key index on each partition, named by PostgreSQL
-- (orders_2024_pkey, orders_2025_pkey): the model holds only the parent's key. The YAML adds a table named
-- orders_2025_pkey (and, with it, its own key index orders_2025_pkey_pkey): PostgreSQL would refuse the table at run
-- time (42P07), after the new column of orders was added; the plan refuses it first, naming the partition's index.
CREATE TABLE orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    total numeric(10, 2) NOT NULL,
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO orders SELECT i, date '2024-01-01' + (i % 700), i * 2.5 FROM generate_series(1, 1000) AS i;
