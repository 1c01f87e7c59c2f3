CREATE TABLE keep (id int PRIMARY KEY, p used_pair);
INSERT INTO keep VALUES (1, ROW(1, 'x'));
