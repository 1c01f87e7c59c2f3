CREATE TYPE money_amount AS (amount numeric(10,2), currency char(3));
CREATE TYPE invoice_line AS (item text, price money_amount);
CREATE TABLE invoice (id bigint PRIMARY KEY, lines invoice_line[]);
INSERT INTO invoice VALUES (1, ARRAY[ROW('tea', ROW(3.50, 'EUR')::money_amount)::invoice_line]);
