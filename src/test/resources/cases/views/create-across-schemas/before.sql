CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
INSERT INTO app.orders VALUES (1, 'ada', 12.00), (2, 'ada', 30.00), (3, 'bob', 7.50);
