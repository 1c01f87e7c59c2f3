CREATE TABLE sku (code text PRIMARY KEY, label text);
INSERT INTO sku VALUES ('A-1', 'one'), ('a-2', 'two');
