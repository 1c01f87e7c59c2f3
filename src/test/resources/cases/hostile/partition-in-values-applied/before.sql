CREATE TABLE victim (id integer PRIMARY KEY, secret text NOT NULL);
INSERT INTO victim VALUES (1, 'keep me'), (2, 'and me');
CREATE TABLE account (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text NOT NULL
);
INSERT INTO account (note) VALUES ('alpha'), ('beta'), ('gamma');
