CREATE TABLE ledger (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, amount numeric NOT NULL);
INSERT INTO ledger (amount) VALUES (10), (-3);
