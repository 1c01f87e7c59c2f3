CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending'
);
INSERT INTO orders (status) VALUES ('pending'), ('paid'), ('paid'), ('shipped');
