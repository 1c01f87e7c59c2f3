CREATE TABLE sale (id bigint PRIMARY KEY, region text NOT NULL, amount numeric(10,2) NOT NULL, sold_on date NOT NULL);
INSERT INTO sale VALUES (1, 'north', 10.50, '2024-01-03'), (2, 'south', 99.00, '2024-01-04'), (3, 'north', 5.25, '2024-02-01');
