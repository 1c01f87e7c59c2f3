CREATE TABLE victim (id integer PRIMARY KEY, secret text NOT NULL);
INSERT INTO victim VALUES (1, 'keep me'), (2, 'and me');
