CREATE TABLE invoice (
    id bigint PRIMARY KEY,
    total numeric(12,2) NOT NULL
);
INSERT INTO invoice VALUES (1, 10.00), (2, 20.00), (41, 5.50);
