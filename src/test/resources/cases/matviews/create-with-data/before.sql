CREATE TABLE sale (id bigint PRIMARY KEY, region text NOT NULL, amount numeric(10,2) NOT NULL);
INSERT INTO sale VALUES (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
