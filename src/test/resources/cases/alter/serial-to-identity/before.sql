CREATE TABLE orders (id serial PRIMARY KEY, note text);
INSERT INTO orders (note) SELECT 'n' || g FROM generate_series(1, 6) g;
DELETE FROM orders WHERE id > 4;
