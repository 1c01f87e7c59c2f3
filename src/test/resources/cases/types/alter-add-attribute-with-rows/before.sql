CREATE TYPE address AS (street text, city text);
CREATE TABLE customer (id bigint PRIMARY KEY, home address, previous address[]);
INSERT INTO customer VALUES (1, ROW('Main St 1', 'Springfield'), ARRAY[ROW('Elm St 2', 'Shelbyville')::address]), (2, NULL, NULL);
