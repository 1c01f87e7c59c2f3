CREATE TABLE invoice (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    total numeric(12,2) NOT NULL
);
INSERT INTO invoice (total) VALUES (10.00);
