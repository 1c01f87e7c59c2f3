CREATE TABLE invoice (id bigint PRIMARY KEY, customer text NOT NULL, amount numeric(10,2) NOT NULL, paid_at timestamptz);
INSERT INTO invoice VALUES (1, 'ada', 100.00, now()), (2, 'bob', 50.00, NULL), (3, 'bob', 25.00, NULL);
