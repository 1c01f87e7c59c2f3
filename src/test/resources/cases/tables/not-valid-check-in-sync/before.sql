-- A check added NOT VALID long ago: old rows break it, new rows must pass.
CREATE TABLE payment (id bigint PRIMARY KEY, amount numeric NOT NULL);
INSERT INTO payment SELECT i, i - 10 FROM generate_series(1, 100) AS i;
ALTER TABLE payment ADD CONSTRAINT payment_amount_positive CHECK (amount > 0) NOT VALID;
