-- Dropping the only key that a foreign key references is refused in the plan, naming the foreign key.
CREATE TABLE account (id bigint NOT NULL, name text, CONSTRAINT account_pkey PRIMARY KEY (id));
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES account (id));
INSERT INTO account VALUES (1, 'Ada'), (2, 'Bob');
INSERT INTO orders VALUES (10, 1), (11, 2);
