CREATE TABLE parent (id serial PRIMARY KEY, ticket smallserial, name text NOT NULL);
CREATE TABLE child (id serial PRIMARY KEY, parent_id integer NOT NULL REFERENCES parent (id));
INSERT INTO parent (name) SELECT 'p' || g FROM generate_series(1, 5) g;
INSERT INTO child (parent_id) VALUES (1), (2), (2), (5);
DELETE FROM parent WHERE id = 4;
