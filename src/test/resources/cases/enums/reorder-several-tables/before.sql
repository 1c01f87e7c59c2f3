CREATE SCHEMA shop;
CREATE TYPE shop.size AS ENUM ('m', 's', 'l', 'xl');
COMMENT ON TYPE shop.size IS 'Garment size';
CREATE TABLE shop.shirt (id int PRIMARY KEY, size shop.size NOT NULL DEFAULT 'm');
CREATE TABLE shop.sock (id int PRIMARY KEY, size shop.size, sizes shop.size[]);
INSERT INTO shop.shirt VALUES (1, 's'), (2, 'xl'), (3, 'm');
INSERT INTO shop.sock VALUES (1, 'l', '{s,m}'), (2, NULL, NULL);
