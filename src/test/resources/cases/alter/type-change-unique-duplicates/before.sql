CREATE TABLE payment (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    amount numeric,
    CONSTRAINT payment_amount_key UNIQUE (amount)
);
CREATE UNIQUE INDEX payment_refund_amount_idx ON payment (amount) WHERE kind = 'refund';
INSERT INTO payment (id, kind, amount) VALUES
    (1, 'charge', 1.2), (2, 'charge', 1.4), (3, 'refund', 5.5), (4, 'refund', 6.0), (5, 'charge', 8.4),
    (6, 'refund', 7.6), (7, 'charge', NULL), (8, 'charge', NULL);
