CREATE TYPE address AS (street text, city text, fax text);
CREATE TABLE customer (id bigint PRIMARY KEY, home address);
INSERT INTO customer VALUES (1, ROW('Main St 1', 'Springfield', '555-1234')), (2, ROW('Elm St 2', 'Shelbyville', NULL)), (3, NULL);
