CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric NOT NULL);
INSERT INTO ledger VALUES (1, 5);
