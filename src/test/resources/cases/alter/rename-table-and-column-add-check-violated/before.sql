-- The same plan renames the table and a column, and adds a CHECK on the renamed column: the check of the live rows
-- reads the table and the column under their live names, so the violating rows are counted at plan time.
CREATE TABLE invoice (id bigint PRIMARY KEY, amount numeric NOT NULL);
INSERT INTO invoice VALUES (1, 10), (2, -5), (3, -1), (4, 0);
