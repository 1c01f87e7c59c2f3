CREATE TABLE shipment (id bigint PRIMARY KEY, weight_kg numeric(8,3));
INSERT INTO shipment VALUES (1, 1.5), (2, 20), (3, NULL);
