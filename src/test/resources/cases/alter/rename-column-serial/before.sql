CREATE TABLE invoice (
    id serial PRIMARY KEY,
    number serial NOT NULL,
    total numeric(12,2) NOT NULL
);
INSERT INTO invoice (total) VALUES (10), (20.5), (7);
